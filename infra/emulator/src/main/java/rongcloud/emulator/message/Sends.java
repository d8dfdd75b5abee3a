package rongcloud.emulator.message;

import static rongcloud.emulator.message.MessageParams.USER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.Params;
import rongcloud.emulator.Reply;

/** Sends to users (one stored message per recipient) and template sends, shared by the message and system areas. */
public final class Sends {
  /** Flags of the one-to-one / system sends. */
  static final List<String> USER_SEND_FLAGS = List.of("isPersisted", "isCounted", "isIncludeSender", "contentAvailable",
      "verifyBlacklist", "needReadReceipt");
  static final List<String> USER_SEND_SWITCHES = List.of("disablePush", "disableUpdateLastMsg", "expansion");

  private Sends() {}

  /** A form send to 1..{@code max} users: {"messageUIDs":[{"userId","messageUID"}...]}. */
  public static Reply toUsers(MessageState state, Params p, String path, int conversationType, int max) {
    String from = p.requiredString("fromUserId", USER_ID);
    List<String> to = p.requiredList("toUserId", max, USER_ID);
    String objectName = MessageParams.objectName(p);
    String content = MessageParams.content(p, "content");
    MessageParams.flags(p, USER_SEND_FLAGS, USER_SEND_SWITCHES);
    p.optionalInt("count", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    String pushExt = p.optionalString("pushExt", rongcloud.emulator.Limit.NONE);
    if (pushExt != null) {
      MessageParams.object("pushExt", pushExt);
    }
    boolean expansion = p.optionalBool("expansion", false);
    String extra = p.optionalString("extraContent", rongcloud.emulator.Limit.NONE);
    Map<String, String> initial = extra == null ? Map.of() : MessageParams.expansion("extraContent", extra, 100);
    return state.once(path, from, MessageParams.msgRandom(p), () -> {
      List<Map<String, String>> uids = new ArrayList<>();
      for (String userId : to) {
        MessageState.StoredMessage m = state.store(path, conversationType, from, userId, List.of(userId), objectName,
            content, null, expansion, initial, p.asMap());
        uids.add(uid("userId", userId, m.messageUid()));
      }
      return Reply.ok().with("messageUIDs", uids);
    });
  }

  /**
   * A template send: toUserId, values, pushContent (and pushData) arrays in the same order; each recipient's
   * content and push texts have the placeholders of its values replaced.
   */
  public static Reply template(MessageState state, Params p, String path, int conversationType, int max) {
    String from = p.requiredString("fromUserId", USER_ID);
    List<String> to = p.requiredList("toUserId", max, USER_ID);
    String objectName = MessageParams.objectName(p);
    String template = MessageParams.content(p, "content");
    JsonNode values = p.json("values");
    if (values == null || !values.isArray() || values.size() != to.size()) {
      throw ApiException.param("values must be an array with one object per toUserId");
    }
    List<String> pushContent = p.requiredArray("pushContent", max, rongcloud.emulator.Limit.NONE);
    List<String> pushData = p.has("pushData") ? p.requiredArray("pushData", max, rongcloud.emulator.Limit.NONE) : List.of();
    if (!pushContent.isEmpty() && pushContent.size() != to.size() || !pushData.isEmpty() && pushData.size() != to.size()) {
      throw ApiException.param("pushContent and pushData must hold one entry per toUserId (or none)");
    }
    return state.once(path, from, MessageParams.msgRandom(p), () -> {
      List<Map<String, String>> uids = new ArrayList<>();
      for (int i = 0; i < to.size(); i++) {
        Map<String, String> vars = new LinkedHashMap<>();
        values.get(i).fields().forEachRemaining(e -> vars.put(e.getKey(), e.getValue().asText()));
        Map<String, List<String>> params = new HashMap<>(p.asMap());
        params.put("toUserId", List.of(to.get(i)));
        params.put("values", List.of(values.get(i).toString()));
        params.put("pushContent", pushContent.isEmpty() ? List.of() : List.of(fill(pushContent.get(i), vars)));
        params.put("pushData", pushData.isEmpty() ? List.of() : List.of(fill(pushData.get(i), vars)));
        MessageState.StoredMessage m = state.store(path, conversationType, from, to.get(i), List.of(to.get(i)),
            objectName, fill(template, vars), null, false, Map.of(), params);
        uids.add(uid("userId", to.get(i), m.messageUid()));
      }
      return Reply.ok().with("messageUIDs", uids);
    });
  }

  static Map<String, String> uid(String targetKey, String targetId, String messageUid) {
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put(targetKey, targetId);
    entry.put("messageUID", messageUid);
    return entry;
  }

  /** Replaces each placeholder by its value (placeholders are the values' keys, e.g. "{name}"). */
  static String fill(String text, Map<String, String> values) {
    String result = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      result = result.replace(e.getKey(), e.getValue());
    }
    return result;
  }
}
