package rongcloud.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one request, from a form or a JSON object body, with typed getters that throw the
 * RongCloud error a bad value earns: missing or invalid → 1002, longer than allowed → 1005.
 * An empty form value counts as missing.
 */
public final class Params {
  private final Map<String, List<String>> form;
  private final JsonNode json;

  private Params(Map<String, List<String>> form, JsonNode json) {
    this.form = form;
    this.json = json;
  }

  public static Params empty() {
    return new Params(Map.of(), null);
  }

  /** Parses {@code body} as {@code kind}; 1002 for a wrong Content-Type or bad JSON, 1003 for a JSON endpoint without body. */
  public static Params parse(BodyKind kind, String contentType, byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    if (kind == BodyKind.JSON && text.isBlank()) {
      throw new ApiException(Codes.NO_POST_DATA, "no POST data: a JSON body is required");
    }
    if (!text.isBlank() && !kind.accepts(contentType)) {
      throw ApiException.param("Content-Type must be " + kind.mediaType());
    }
    return kind == BodyKind.JSON ? new Params(Map.of(), parseJson(text)) : new Params(parseForm(text), null);
  }

  static Map<String, List<String>> parseForm(String text) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw ApiException.param("malformed form body: " + e.getMessage());
      }
    }
    return values;
  }

  private static JsonNode parseJson(String text) {
    try {
      JsonNode node = Json.MAPPER.readTree(text);
      if (node == null || !node.isObject()) {
        throw ApiException.param("the JSON body must be an object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.param("malformed JSON body: " + e.getOriginalMessage());
    }
  }

  /** Whether the parameter was sent (a JSON field, even null or [], or a non-empty form value). */
  public boolean has(String name) {
    return json != null ? json.has(name) : values(name).stream().anyMatch(v -> !v.isEmpty());
  }

  public String requiredString(String name, Limit limit) {
    String value = optionalString(name, limit);
    if (value == null) {
      throw missing(name);
    }
    return value;
  }

  /** The value, or null when absent or empty. */
  public String optionalString(String name, Limit limit) {
    if (json != null && json.path(name).isArray()) {
      throw ApiException.param(name + " must be a single value");
    }
    List<String> values = values(name);
    if (values.isEmpty() || values.get(0).isEmpty()) {
      return null;
    }
    limit.check(name, values.get(0));
    return values.get(0);
  }

  public String requiredOneOf(String name, String... allowed) {
    String value = requiredString(name, Limit.NONE);
    if (!Arrays.asList(allowed).contains(value)) {
      throw ApiException.param(name + " must be one of " + String.join(", ", allowed) + ", got: " + value);
    }
    return value;
  }

  public int requiredInt(String name, int min, int max) {
    return (int) requiredLong(name, min, max);
  }

  public int optionalInt(String name, int defaultValue, int min, int max) {
    return has(name) ? requiredInt(name, min, max) : defaultValue;
  }

  public long requiredLong(String name, long min, long max) {
    String text = requiredString(name, Limit.NONE).trim();
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiException.param(name + " must be an integer, got: " + text);
    }
    if (value < min || value > max) {
      throw ApiException.param(name + " must be between " + min + " and " + max + ", got: " + value);
    }
    return value;
  }

  /** A repeated form field or a JSON array: at least one value, at most {@code maxCount}. */
  public List<String> requiredList(String name, int maxCount, Limit each) {
    List<String> values = requiredArray(name, maxCount, each);
    if (values.isEmpty()) {
      throw missing(name);
    }
    return values;
  }

  /** Like {@link #requiredList} but an empty JSON array is allowed (the field must still be present). */
  public List<String> requiredArray(String name, int maxCount, Limit each) {
    if (json != null && !json.path(name).isArray()) {
      throw json.has(name) ? ApiException.param(name + " must be a JSON array") : missing(name);
    }
    if (json == null && values(name).isEmpty()) {
      throw missing(name);
    }
    return checked(name, values(name), maxCount, each);
  }

  /** One comma-separated value ({@code userId=a,b}); blanks around commas are dropped. */
  public List<String> requiredCommaList(String name, int maxCount, Limit each) {
    List<String> values = splitCommas(requiredString(name, Limit.NONE));
    if (values.isEmpty()) {
      throw missing(name);
    }
    return checked(name, values, maxCount, each);
  }

  /** Whether the field was sent at all, even with an empty value (e.g. {@code remarkName=} to clear a remark). */
  public boolean sent(String name) {
    return json != null ? json.has(name) : form.containsKey(name);
  }

  /**
   * A JSON object carried as text in one field ({@code userProfile={"name":"x"}}), or null when absent or
   * empty; 1002 when it is not a JSON object.
   */
  public ObjectNode optionalJsonObject(String name) {
    String text = optionalString(name, Limit.NONE);
    if (text == null) {
      return null;
    }
    try {
      JsonNode node = Json.MAPPER.readTree(text);
      if (node == null || !node.isObject()) {
        throw ApiException.param(name + " must be a JSON object");
      }
      return (ObjectNode) node;
    } catch (JsonProcessingException e) {
      throw ApiException.param(name + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Ids sent as repeated fields, each of which may also hold comma-separated ids (both forms in use by SDKs). */
  public List<String> requiredIds(String name, int maxCount, Limit each) {
    List<String> ids = values(name).stream().flatMap(v -> splitCommas(v).stream()).toList();
    if (ids.isEmpty()) {
      throw missing(name);
    }
    return checked(name, ids, maxCount, each);
  }

  /** A true/false switch (also 1/0); {@code defaultValue} when absent; 1002 for anything else. */
  public boolean optionalBool(String name, boolean defaultValue) {
    String value = optionalString(name, Limit.NONE);
    if (value == null) {
      return defaultValue;
    }
    return switch (value.trim()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw ApiException.param(name + " must be true or false, got: " + value);
    };
  }

  public long optionalLong(String name, long defaultValue, long min, long max) {
    return has(name) && optionalString(name, Limit.NONE) != null ? requiredLong(name, min, max) : defaultValue;
  }

  /** The raw JSON value of a field of a JSON body (objects, arrays of objects), or null when absent or a form body. */
  public JsonNode json(String name) {
    if (json == null) {
      return null;
    }
    JsonNode node = json.get(name);
    return node == null || node.isNull() ? null : node;
  }

  /** How many values the parameter carries (repeated fields or array elements); for per-item quotas. */
  public int count(String name) {
    return values(name).size();
  }

  /** How many comma-separated items the parameter carries; for per-item quotas. */
  public int commaCount(String name) {
    return values(name).isEmpty() ? 0 : splitCommas(values(name).get(0)).size();
  }

  /** Every parameter as strings (array elements as several values; objects as their JSON text), for the request log. */
  public Map<String, List<String>> asMap() {
    if (json == null) {
      return Collections.unmodifiableMap(form);
    }
    Map<String, List<String>> map = new LinkedHashMap<>();
    json.fields().forEachRemaining(field -> {
      JsonNode node = field.getValue();
      boolean structured = node.isObject() || node.isArray() && !node.isEmpty() && !node.get(0).isValueNode();
      map.put(field.getKey(), structured ? List.of(node.toString()) : values(field.getKey()));
    });
    return map;
  }

  private List<String> values(String name) {
    if (json == null) {
      return form.getOrDefault(name, List.of());
    }
    JsonNode node = json.path(name);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (node.isObject()) {
      throw ApiException.param(name + " must not be an object");
    }
    List<String> values = new ArrayList<>();
    for (JsonNode element : node.isArray() ? node : List.of(node)) {
      if (!element.isValueNode() || element.isNull()) {
        throw ApiException.param(name + " must hold plain values");
      }
      values.add(element.asText());
    }
    return values;
  }

  private static List<String> checked(String name, List<String> values, int maxCount, Limit each) {
    if (values.size() > maxCount) {
      throw ApiException.param("too many " + name + ": at most " + maxCount + ", got " + values.size());
    }
    for (String value : values) {
      if (value.isEmpty()) {
        throw ApiException.param(name + " must not contain empty values");
      }
      each.check(name, value);
    }
    return List.copyOf(values);
  }

  private static List<String> splitCommas(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static ApiException missing(String name) {
    return ApiException.param(name + " is required");
  }
}
