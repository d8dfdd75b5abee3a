package rongcloud.emulator.system;

import static rongcloud.emulator.BodyKind.FORM;
import static rongcloud.emulator.BodyKind.JSON;
import static rongcloud.emulator.message.MessageParams.USER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.Codes;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.RateRule;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;
import rongcloud.emulator.message.MessageParams;
import rongcloud.emulator.message.MessageState;
import rongcloud.emulator.message.Sends;

/**
 * The system.yaml endpoints except /message/recall.json (served by the message area). /push.json serves three
 * operations, told apart by the body: with fromuserid/message it is a tag or package broadcast, without it a
 * push-only notification. Admin: GET /_emulator/pushes, POST /_emulator/broadcast (enabled=true|false).
 */
public final class SystemEndpoints implements ApiArea {
  /** 2 requests/hour and 3 requests per calendar day (data-center zone). */
  private static final Quota BROADCAST = Quota.of(RateRule.per(2, Duration.ofHours(1)), RateRule.perCalendarDay(3));

  private MessageState messages;
  private SystemState state;

  @Override
  public void install(EmulatorContext context, Router r) {
    messages = context.state(MessageState.class);
    state = context.register(SystemState.class, new SystemState());
    r.post("/message/system/publish.json", FORM, Quota.perSecond(100).costing(p -> Math.min(p.count("toUserId"), 100)),
        p -> Sends.toUsers(messages, p, "/message/system/publish.json", 6, 100));
    r.post("/message/system/publish_template.json", JSON,
        Quota.perSecond(100).costing(p -> Math.min(p.count("toUserId"), 100)),
        p -> Sends.template(messages, p, "/message/system/publish_template.json", 6, 100));
    r.post("/message/broadcast.json", FORM, BROADCAST, p -> broadcast(p, "/message/broadcast.json", "*"));
    r.post("/message/online/broadcast.json", FORM, Quota.of(RateRule.per(60, Duration.ofMinutes(1))),
        p -> broadcast(p, "/message/online/broadcast.json", "*online"));
    r.post("/push.json", JSON, BROADCAST.inPool("push-json"), this::push);
    r.post("/message/broadcast/recall.json", FORM, BROADCAST, this::recallBroadcast);
    r.post("/push/user.json", JSON, Quota.perSecond(100).costing(p -> Math.min(p.count("userIds"), 100)), this::pushUsers);
    r.admin("GET", "/pushes", q -> state.pushes());
    r.admin("POST", "/broadcast", q -> {
      state.setBroadcastEnabled(q.booleanParam("enabled"));
      return Map.of("code", Codes.OK);
    });
  }

  private Reply broadcast(Params p, String path, String target) {
    if (path.equals("/message/broadcast.json")) {
      requireBroadcastService();
    }
    String from = p.requiredString("fromUserId", USER_ID);
    String objectName = MessageParams.objectName(p);
    String content = MessageParams.content(p, "content");
    MessageParams.flags(p, List.of("contentAvailable"), List.of("disableUpdateLastMsg"));
    return messages.once(path, from, MessageParams.msgRandom(p), () -> Reply.ok().with("messageUID",
        messages.store(path, 6, from, target, List.of(), objectName, content, null, false, Map.of(), p.asMap()).messageUid()));
  }

  private Reply push(Params p) {
    requireBroadcastService();
    List<String> platforms = p.requiredList("platform", 2, Limit.NONE);
    if (!platforms.stream().allMatch(x -> x.equals("ios") || x.equals("android"))) {
      throw ApiException.param("platform values are ios and android");
    }
    JsonNode audience = p.json("audience");
    if (audience == null || !audience.isObject() || !audience.path("is_to_all").isBoolean()) {
      throw ApiException.param("audience with is_to_all is required");
    }
    List<String> tags = strings(audience, "tag", 20);
    List<String> tagsOr = strings(audience, "tag_or", 20);
    List<String> userIds = strings(audience, "userid", 1000);
    String packageName = audience.path("packageName").asText("");
    boolean toAll = audience.path("is_to_all").asBoolean();
    JsonNode notification = p.json("notification");
    if (notification != null) {
      text(notification, "alert", true);
      text(notification, "title", false);
    }
    boolean withMessage = p.has("fromuserid") || p.has("message");
    String pushId = "push-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    String body = json(p);
    if (!withMessage) {
      if (notification == null) {
        throw ApiException.param("notification is required");
      }
      if (!toAll && tags.isEmpty() && tagsOr.isEmpty() && userIds.isEmpty() && packageName.isEmpty()) {
        throw ApiException.param("audience: is_to_all or a condition is required");
      }
      state.record(new SystemState.Push(pushId, "all", null, platforms, null, body));
      return Reply.ok().with("id", pushId);
    }
    String from = p.requiredString("fromuserid", USER_ID);
    JsonNode message = p.json("message");
    if (message == null || !message.isObject()) {
      throw ApiException.param("message is required");
    }
    String objectName = text(message, "objectName", true);
    if (objectName.length() > 32) {
      throw ApiException.tooLong("message.objectName is longer than 32 characters");
    }
    String content = text(message, "content", true);
    if (content.getBytes(StandardCharsets.UTF_8).length > 128 * 1024) {
      throw ApiException.tooLong("message.content is longer than 128 KB");
    }
    if (toAll) {
      throw ApiException.param("is_to_all must be false for a tag or package broadcast");
    }
    boolean byTag = !tags.isEmpty() || !tagsOr.isEmpty() || !userIds.isEmpty();
    if (!byTag && packageName.isEmpty()) {
      throw ApiException.param("audience needs tag, tag_or, userid or packageName");
    }
    String kind = byTag ? "tag" : "package";
    MessageState.StoredMessage m = messages.store("/push.json", 6, from, "*" + kind, userIds, objectName, content, null,
        false, Map.of(), p.asMap());
    state.record(new SystemState.Push(pushId, kind, from, platforms, m.messageUid(), body));
    return Reply.ok().with("id", pushId).with("messageUID", m.messageUid());
  }

  private Reply recallBroadcast(Params p) {
    String from = p.requiredString("fromUserId", USER_ID);
    String uid = p.requiredString("messageUID", Limit.NONE);
    p.requiredLong("sentTime", 1, Long.MAX_VALUE);
    MessageParams.flags(p, List.of("isAdmin", "isDelete"), List.of("disableUpdateLastMsg"));
    MessageState.StoredMessage m = messages.find(uid)
        .filter(x -> x.targetId().equals("*") || x.targetId().equals("*tag") || x.targetId().equals("*package"))
        .orElseThrow(() -> ApiException.param("messageUID " + uid + " is not a broadcast message"));
    messages.recall(m.messageUid(), from, -1, null, p.requiredLong("sentTime", 1, Long.MAX_VALUE),
        p.optionalInt("isAdmin", 0, 0, 1) == 1, p.optionalInt("isDelete", 0, 0, 1) == 1);
    state.recallBroadcast(uid);
    return Reply.ok();
  }

  private Reply pushUsers(Params p) {
    List<String> userIds = p.requiredList("userIds", 100, USER_ID);
    JsonNode notification = p.json("notification");
    if (notification == null || !notification.isObject()) {
      throw ApiException.param("notification is required");
    }
    text(notification, "pushContent", true);
    String title = text(notification, "title", false);
    if (title.codePointCount(0, title.length()) > 50) {
      throw ApiException.tooLong("notification.title is longer than 50 characters");
    }
    String pushId = "push-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    state.record(new SystemState.Push(pushId, "users", null, List.of(), null, json(p)));
    return Reply.ok();
  }

  private void requireBroadcastService() {
    if (!state.broadcastEnabled()) {
      throw new ApiException(Codes.SERVICE_NOT_ENABLED, "broadcast service not enabled for this App Key");
    }
  }

  private static List<String> strings(JsonNode parent, String name, int max) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray() || node.size() > max) {
      throw ApiException.param("audience." + name + " must be an array of at most " + max + " values");
    }
    List<String> values = new ArrayList<>();
    node.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String text(JsonNode parent, String name, boolean required) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull() || node.asText().isEmpty()) {
      if (required) {
        throw ApiException.param(name + " is required");
      }
      return "";
    }
    if (!node.isTextual()) {
      throw ApiException.param(name + " must be a string");
    }
    return node.asText();
  }

  /** The JSON body as sent. */
  private static String json(Params p) {
    com.fasterxml.jackson.databind.node.ObjectNode body = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    p.asMap().keySet().forEach(name -> body.set(name, p.json(name)));
    return body.toString();
  }
}
