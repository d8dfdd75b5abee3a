package rongcloud.emulator.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;

/** Parameter rules shared by every send endpoint (message and system areas). */
public final class MessageParams {
  public static final Limit USER_ID = Limit.bytes(64);
  /** objectName: at most 32 characters (custom types; built-in names are shorter). */
  public static final Limit OBJECT_NAME = Limit.chars(32);
  /** content: at most 128 KB. */
  public static final Limit CONTENT = Limit.bytes(128 * 1024);
  static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern EXPANSION_KEY = Pattern.compile("[A-Za-z0-9+=_-]{1,32}");

  private MessageParams() {}

  public static String objectName(Params p) {
    return p.requiredString("objectName", OBJECT_NAME);
  }

  /** The content: a JSON object as a string, at most 128 KB (1005), parseable (1002). */
  public static String content(Params p, String name) {
    String content = p.requiredString(name, CONTENT);
    object(name, content);
    return content;
  }

  /** msgRandom, or null when absent. */
  public static Long msgRandom(Params p) {
    return p.has("msgRandom") ? p.optionalLong("msgRandom", 0, Long.MIN_VALUE, Long.MAX_VALUE) : null;
  }

  /** Checks the 0/1 flags and true/false switches of a send (1002 on other values). */
  public static void flags(Params p, List<String> zeroOne, List<String> switches) {
    zeroOne.forEach(name -> p.optionalInt(name, 0, 0, 1));
    switches.forEach(name -> p.optionalBool(name, false));
  }

  /** A JSON object carried in a string parameter, as string values. */
  static Map<String, String> stringMap(String name, String json) {
    JsonNode node = object(name, json);
    Map<String, String> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    return map;
  }

  /** Expansion key/values: at most {@code maxKeys}, keys of 1..32 [A-Za-z0-9+=_-], values at most 4096 characters. */
  static Map<String, String> expansion(String name, String json, int maxKeys) {
    Map<String, String> values = stringMap(name, json);
    if (values.isEmpty() || values.size() > maxKeys) {
      throw ApiException.param(name + " must hold 1 to " + maxKeys + " keys");
    }
    values.forEach((k, v) -> {
      if (!EXPANSION_KEY.matcher(k).matches()) {
        throw ApiException.param(name + ": invalid key " + k);
      }
      if (v.length() > 4096) {
        throw ApiException.tooLong(name + ": value of " + k + " is longer than 4096 characters");
      }
    });
    return values;
  }

  static JsonNode object(String name, String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw ApiException.param(name + " must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.param(name + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  static JsonNode array(String name, String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isArray()) {
        throw ApiException.param(name + " must be a JSON array");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.param(name + " is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
