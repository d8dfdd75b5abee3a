package rongcloud.emulator.chatroom;

import static rongcloud.emulator.BodyKind.FORM;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import rongcloud.emulator.chatroom.ChatroomState.Entry;
import rongcloud.emulator.chatroom.ChatroomState.Service;
import rongcloud.emulator.message.MessageParams;
import rongcloud.emulator.message.MessageState;

/**
 * The 43 endpoints of chatroom.yaml plus the two chatroom sends of message.yaml (/message/chatroom/publish.json,
 * /message/chatroom/broadcast.json, stored in the {@link MessageState} of the message area), on a
 * {@link ChatroomState}. Admin: POST /_emulator/chatrooms/{id}/join and /quit (userId=...) stand for client
 * SDK joins and exits; POST /_emulator/chatroom-services (service=KV|..., enabled=true|false); GET
 * /_emulator/chatrooms.
 */
public final class ChatroomEndpoints implements ApiArea {
  static final Limit ID = Limit.bytes(64);
  private static final Pattern ID_SHAPE = Pattern.compile("[A-Za-z0-9+=_-]+");
  private static final Pattern ENTRY_KEY = Pattern.compile("[A-Za-z0-9+=_-]{1,128}");
  private static final Pattern LEGACY_FIELD = Pattern.compile("chatroom\\[(.*)]");
  private static final Limit VALUE = Limit.chars(4096);
  private static final int MAX_USERS = 20;
  private static final int MAX_MINUTES = 43_200;
  private static final int CHATROOM_TYPE = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  private EmulatorContext context;
  private ChatroomState state;
  private MessageState messages;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.context = context;
    this.state = context.register(ChatroomState.class, new ChatroomState(context));
    this.messages = context.state(MessageState.class);
    Quota q100 = Quota.perSecond(100);
    r.post("/chatroom/create_new.json", FORM, q100, this::create);
    r.post("/chatroom/destroy/set.json", FORM, q100, this::setDestroy);
    r.post("/chatroom/destroy.json", FORM, q100, p -> {
      state.destroy(p.requiredList("chatroomId", Integer.MAX_VALUE, ID));
      return Reply.ok();
    });
    r.post("/chatroom/get.json", FORM, q100, p -> {
      Reply reply = Reply.ok();
      state.info(chatroomId(p)).forEach(reply::with);
      return reply;
    });
    r.post("/chatroom/correlation/rtc.json", FORM, q100, p -> {
      state.bindRtcRoom(chatroomId(p), p.requiredString("rtcroomId", ID));
      return Reply.ok();
    });
    r.post("/chatroom/create.json", FORM, q100, this::createLegacy);
    r.post("/chatroom/query.json", FORM, q100, this::queryLegacy);

    r.post("/chatroom/keepalive/add.json", FORM, q100, p -> {
      String id = chatroomId(p);
      state.requireService(Service.KEEPALIVE);
      state.keepAlive(id);
      return Reply.ok();
    });
    r.post("/chatroom/keepalive/remove.json", FORM, q100, p -> {
      state.stopKeepingAlive(chatroomId(p));
      return Reply.ok();
    });
    r.post("/chatroom/keepalive/query.json", FORM, q100, p -> Reply.ok().with("chatroomIds", state.keptAlive()));

    r.post("/chatroom/user/query.json", FORM, q100, this::members);
    r.post("/chatroom/user/exist.json", FORM, q100, p -> {
      String id = chatroomId(p);
      String user = p.requiredString("userId", ID);
      state.memberCount(id);
      return Reply.ok().with("isInChrm", state.isMember(id, user));
    });
    r.post("/chatroom/users/exist.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = p.requiredList("userId", 1000, ID);
      state.memberCount(id);
      List<Map<String, Object>> result = users.stream()
          .map(u -> Map.<String, Object>of("userId", u, "isInChrm", state.isMember(id, u) ? 1 : 0)).toList();
      return Reply.ok().with("result", result);
    });

    r.post("/chatroom/user/gag/add.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = users(p);
      int minutes = minutes(p);
      notice(p);
      state.mute(id, users, minutes);
      return Reply.ok();
    });
    r.post("/chatroom/user/gag/rollback.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = users(p);
      notice(p);
      state.unmute(id, users);
      return Reply.ok();
    });
    r.post("/chatroom/user/gag/list.json", FORM, q100, p -> Reply.ok().with("users", ends(state.mutes(chatroomId(p)))));

    r.post("/chatroom/ban/add.json", FORM, q100, p -> muteAll(p, true));
    r.post("/chatroom/ban/rollback.json", FORM, q100, p -> muteAll(p, false));
    r.post("/chatroom/ban/query.json", FORM, q100, p -> {
      int size = p.optionalInt("size", 50, 1, 1000);
      int page = p.optionalInt("page", 1, 1, Integer.MAX_VALUE);
      List<String> all = state.mutedAllChatrooms();
      long from = (long) (page - 1) * size;
      List<String> ids = from >= all.size() ? List.of()
          : all.subList((int) from, (int) Math.min(all.size(), from + size));
      return Reply.ok().with("chatroomIds", ids);
    });
    r.post("/chatroom/ban/check.json", FORM, q100,
        p -> Reply.ok().with("status", state.isMutedAll(chatroomId(p)) ? 1 : 0));
    r.post("/chatroom/user/ban/whitelist/add.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = users(p);
      notice(p);
      state.addMuteAllExceptions(id, users);
      return Reply.ok();
    });
    r.post("/chatroom/user/ban/whitelist/rollback.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = users(p);
      notice(p);
      state.removeMuteAllExceptions(id, users);
      return Reply.ok();
    });
    r.post("/chatroom/user/ban/whitelist/query.json", FORM, q100,
        p -> Reply.ok().with("userIds", state.muteAllExceptions(chatroomId(p))));

    r.post("/chatroom/user/ban/add.json", FORM, q100, p -> {
      List<String> users = users(p);
      int minutes = minutes(p);
      notice(p);
      state.requireService(Service.GLOBAL_MUTE);
      state.muteGlobally(users, minutes);
      return Reply.ok();
    });
    r.post("/chatroom/user/ban/remove.json", FORM, q100, p -> {
      List<String> users = users(p);
      notice(p);
      state.unmuteGlobally(users);
      return Reply.ok();
    });
    r.post("/chatroom/user/ban/query.json", FORM, q100, p -> Reply.ok().with("users", ends(state.globalMutes())));

    r.post("/chatroom/user/block/add.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = users(p);
      int minutes = minutes(p);
      notice(p);
      state.block(id, users, minutes);
      return Reply.ok();
    });
    r.post("/chatroom/user/block/rollback.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = users(p);
      notice(p);
      state.unblock(id, users);
      return Reply.ok();
    });
    r.post("/chatroom/user/block/list.json", FORM, q100, p -> Reply.ok().with("users", ends(state.blocks(chatroomId(p)))));

    Quota kvSet = Quota.of(RateRule.perSecond(100)).inPool("chatroom-kv-set");
    Quota kvRemove = Quota.of(RateRule.perSecond(100)).inPool("chatroom-kv-remove");
    r.post("/chatroom/entry/set.json", FORM, kvSet, this::setEntry);
    r.post("/chatroom/entry/batch/set.json", FORM, kvSet.costing(ChatroomEndpoints::entryInfoCount), this::batchSet);
    r.post("/chatroom/entry/remove.json", FORM, kvRemove, this::removeEntry);
    r.post("/chatroom/entry/batch/remove.json", FORM, kvRemove.costing(ChatroomEndpoints::entryKeysCount),
        this::batchRemove);
    r.post("/chatroom/entry/query.json", FORM, q100, this::queryEntries);

    r.post("/chatroom/message/priority/add.json", FORM, q100, p -> {
      List<String> names = p.requiredList("objectName", 5, MessageParams.OBJECT_NAME);
      state.requireService(Service.LOW_PRIORITY);
      state.addLowPriority(names);
      return Reply.ok();
    });
    r.post("/chatroom/message/priority/remove.json", FORM, q100, p -> {
      state.removeLowPriority(p.requiredList("objectName", 5, MessageParams.OBJECT_NAME));
      return Reply.ok();
    });
    r.post("/chatroom/message/priority/query.json", FORM, q100,
        p -> Reply.ok().with("objectNames", state.lowPriority()));

    r.post("/chatroom/user/whitelist/add.json", FORM, q100, p -> {
      String id = chatroomId(p);
      List<String> users = p.requiredList("userId", ChatroomState.MAX_USER_WHITELIST, ID);
      state.requireService(Service.USER_WHITELIST);
      state.addUserWhitelist(id, users);
      return Reply.ok();
    });
    r.post("/chatroom/user/whitelist/remove.json", FORM, q100, p -> {
      String id = chatroomId(p);
      state.removeUserWhitelist(id, p.requiredList("userId", ChatroomState.MAX_USER_WHITELIST, ID));
      return Reply.ok();
    });
    r.post("/chatroom/user/whitelist/query.json", FORM, q100,
        p -> Reply.ok().with("users", state.userWhitelist(chatroomId(p))));
    r.post("/chatroom/whitelist/add.json", FORM, q100, p -> {
      List<String> names = p.requiredList("objectnames", 20, MessageParams.OBJECT_NAME);
      state.requireService(Service.MESSAGE_WHITELIST);
      state.addMessageWhitelist(names);
      return Reply.ok();
    });
    r.post("/chatroom/whitelist/delete.json", FORM, q100, p -> {
      state.removeMessageWhitelist(p.requiredList("objectnames", 20, MessageParams.OBJECT_NAME));
      return Reply.ok();
    });
    // the field really is spelled whitlistMsgType (catalog)
    r.post("/chatroom/whitelist/query.json", FORM, q100,
        p -> Reply.ok().with("whitlistMsgType", state.messageWhitelist()));

    r.post("/message/chatroom/publish.json", FORM,
        Quota.perSecond(100).costing(p -> Math.max(1, p.count("toChatroomId"))), this::publish);
    r.post("/message/chatroom/broadcast.json", FORM, Quota.perSecond(1), this::broadcast);

    r.admin("POST", "/chatrooms/{id}/join", q -> {
      state.join(q.pathVariable("id"), q.requiredParam("userId"));
      return Map.of("code", Codes.OK);
    });
    r.admin("POST", "/chatrooms/{id}/quit", q -> {
      state.quit(q.pathVariable("id"), q.requiredParam("userId"));
      return Map.of("code", Codes.OK);
    });
    r.admin("GET", "/chatrooms", q -> state.snapshot());
    r.admin("POST", "/chatroom-services", q -> {
      state.setServiceEnabled(Service.valueOf(q.requiredParam("service")), q.booleanParam("enabled"));
      return Map.of("code", Codes.OK);
    });
  }

  // ---- chatrooms ----

  private Reply create(Params p) {
    String id = chatroomId(p);
    int destroyType = p.optionalInt("destroyType", 0, 0, 1);
    // Go master always sends destroyTime=0 (catalog): tolerated as the default
    int destroyTime = p.optionalInt("destroyTime", 60, 0, 10_080);
    if (destroyTime != 0 && destroyTime < 60) {
      throw ApiException.param("destroyTime must be between 60 and 10080, got: " + destroyTime);
    }
    boolean ban = p.optionalBool("isBan", false);
    List<String> white = p.has("whiteUserIds") ? p.requiredList("whiteUserIds", 20, ID) : List.of();
    String owner = p.optionalString("entryOwnerId", ID);
    String info = p.optionalString("entryInfo", Limit.NONE);
    if ((owner == null) != (info == null)) {
      throw ApiException.param("entryOwnerId and entryInfo go together");
    }
    Map<String, String> entries = info == null ? Map.of() : entryInfo(info);
    if (!entries.isEmpty()) {
      state.requireService(Service.KV);
    }
    if (state.create(id, null, destroyType, destroyTime == 0 ? 60 : destroyTime)) {
      state.setMuteAll(id, ban);
      if (!white.isEmpty()) {
        state.addMuteAllExceptions(id, white);
      }
      if (!entries.isEmpty()) {
        state.setEntries(id, owner, entries, false);
      }
    }
    return Reply.ok();
  }

  private Reply setDestroy(Params p) {
    String id = chatroomId(p);
    int destroyType = p.optionalInt("destroyType", 0, 0, 1);
    int destroyTime = p.optionalInt("destroyTime", 60, 60, 10_080);
    state.setDestroyPolicy(id, destroyType, destroyTime);
    return Reply.ok();
  }

  /** {@code chatroom[<id>]=<name>}: up to 100, ids of letters and digits (at most 64 bytes). */
  private Reply createLegacy(Params p) {
    Map<String, String> named = new LinkedHashMap<>();
    p.asMap().forEach((field, values) -> {
      Matcher m = LEGACY_FIELD.matcher(field);
      if (m.matches()) {
        String id = m.group(1);
        if (id.isEmpty() || !id.matches("[A-Za-z0-9]+")) {
          throw ApiException.param("chatroom ids are letters and digits, got: " + id);
        }
        ID.check("chatroom", id);
        String name = values.isEmpty() ? "" : values.get(0);
        if (name.isEmpty()) {
          throw ApiException.param("chatroom[" + id + "] needs a name");
        }
        named.put(id, name);
      }
    });
    if (named.isEmpty()) {
      throw ApiException.param("chatroom[<id>] is required");
    }
    if (named.size() > 100) {
      throw ApiException.param("at most 100 chatrooms per call");
    }
    named.forEach((id, name) -> state.create(id, name, 0, 60));
    return Reply.ok();
  }

  private Reply queryLegacy(Params p) {
    List<Map<String, String>> rooms = new ArrayList<>();
    for (String id : p.requiredList("chatroomId", 20, ID)) {
      state.created(id).ifPresent(created -> rooms.add(Map.of("chrmId", id,
          "name", state.name(id).orElse(""), "time", context.formatTime(created))));
    }
    return Reply.ok().with("chatRooms", rooms);
  }

  private Reply members(Params p) {
    String id = chatroomId(p);
    int count = Math.min(p.requiredInt("count", 1, Integer.MAX_VALUE), 500); // more than 500 returns 500
    int order = p.requiredInt("order", 1, 2);
    List<Map<String, String>> users = state.members(id, count, order == 1).stream()
        .map(e -> Map.of("id", e.getKey(), "time", context.formatTime(e.getValue()))).toList();
    return Reply.ok().with("total", state.memberCount(id)).with("users", users);
  }

  private Reply muteAll(Params p, boolean muted) {
    String id = chatroomId(p);
    notice(p);
    state.setMuteAll(id, muted);
    return Reply.ok();
  }

  // ---- attributes ----

  private Reply setEntry(Params p) {
    String id = chatroomId(p);
    String user = p.requiredString("userId", ID);
    String key = entryKey(p.requiredString("key", Limit.NONE));
    String value = p.requiredString("value", VALUE);
    boolean autoDelete = p.optionalInt("autoDelete", 0, 0, 1) == 1;
    kvNotification(p);
    state.requireService(Service.KV);
    state.setEntry(id, user, key, value, autoDelete);
    return Reply.ok();
  }

  private Reply batchSet(Params p) {
    String id = chatroomId(p);
    boolean autoDelete = p.optionalInt("autoDelete", 0, 0, 1) == 1;
    String owner = p.requiredString("entryOwnerId", ID);
    Map<String, String> entries = entryInfo(p.requiredString("entryInfo", Limit.NONE));
    if (entries.isEmpty()) {
      throw ApiException.param("entryInfo must hold at least one key");
    }
    state.requireService(Service.KV);
    state.setEntries(id, owner, entries, autoDelete);
    return Reply.ok();
  }

  private Reply removeEntry(Params p) {
    String id = chatroomId(p);
    p.requiredString("userId", ID);
    String key = entryKey(p.requiredString("key", Limit.NONE));
    kvNotification(p);
    state.requireService(Service.KV);
    state.removeEntry(id, key);
    return Reply.ok();
  }

  private Reply batchRemove(Params p) {
    String id = chatroomId(p);
    p.requiredString("entryOwnerId", ID);
    List<String> keys = entryKeys(p.requiredString("entryKeys", Limit.NONE));
    state.requireService(Service.KV);
    state.removeEntries(id, keys);
    return Reply.ok();
  }

  private Reply queryEntries(Params p) {
    String id = chatroomId(p);
    List<String> keys = p.has("keys") ? p.requiredList("keys", 100, Limit.NONE) : List.of();
    keys.forEach(ChatroomEndpoints::entryKey);
    List<Map<String, String>> out = new ArrayList<>();
    for (Entry e : state.entries(id, keys)) {
      out.add(Map.of("key", e.key(), "value", e.value(), "userId", e.userId(), "autoDelete", e.autoDelete() ? "1" : "0",
          "lastSetTime", Long.toString(e.lastSetTime().toEpochMilli())));
    }
    return Reply.ok().with("keys", out);
  }

  // ---- sends ----

  /** {"messageUIDs":[{"chatroomId","messageUID"}...]}; msgRandom de-duplicates like the other sends. */
  private Reply publish(Params p) {
    String path = "/message/chatroom/publish.json";
    String from = p.requiredString("fromUserId", MessageParams.USER_ID);
    List<String> to = p.requiredList("toChatroomId", Integer.MAX_VALUE, ID);
    String objectName = MessageParams.objectName(p);
    String content = MessageParams.content(p, "content");
    MessageParams.flags(p, List.of("isPersisted", "isIncludeSender"), List.of());
    p.optionalInt("priority", 0, Integer.MIN_VALUE, Integer.MAX_VALUE);
    to.forEach(state::memberCount); // 23410 for a chatroom that does not exist (a choice)
    return messages.once(path, from, MessageParams.msgRandom(p), () -> {
      List<Map<String, String>> uids = new ArrayList<>();
      for (String chatroomId : to) {
        state.touch(chatroomId);
        MessageState.StoredMessage m = messages.store(path, CHATROOM_TYPE, from, chatroomId, List.of(), objectName,
            content, null, false, Map.of(), p.asMap());
        uids.add(Map.of("chatroomId", chatroomId, "messageUID", m.messageUid()));
      }
      return Reply.ok().with("messageUIDs", uids);
    });
  }

  private Reply broadcast(Params p) {
    String path = "/message/chatroom/broadcast.json";
    String from = p.requiredString("fromUserId", MessageParams.USER_ID);
    String objectName = MessageParams.objectName(p);
    String content = MessageParams.content(p, "content");
    MessageParams.flags(p, List.of("isIncludeSender"), List.of());
    state.requireService(Service.BROADCAST);
    for (String chatroomId : state.chatroomIds()) {
      messages.store(path, CHATROOM_TYPE, from, chatroomId, List.of(), objectName, content, null, false, Map.of(),
          p.asMap());
    }
    return Reply.ok();
  }

  // ---- parameters ----

  private static String chatroomId(Params p) {
    return shaped("chatroomId", p.requiredString("chatroomId", ID));
  }

  private static String shaped(String name, String id) {
    if (!ID_SHAPE.matcher(id).matches()) {
      throw ApiException.param(name + " holds characters RongCloud does not allow: " + id);
    }
    return id;
  }

  private static List<String> users(Params p) {
    return p.requiredList("userId", MAX_USERS, ID);
  }

  private static int minutes(Params p) {
    return p.requiredInt("minute", 1, MAX_MINUTES);
  }

  /** needNotify (true/false) and extra (a JSON object), checked. */
  private static void notice(Params p) {
    p.optionalBool("needNotify", false);
    p.optionalJsonObject("extra");
  }

  /** objectName/content of a KV change notification: RC:chrmKVNotiMsg content needs type, key (and value). */
  private static void kvNotification(Params p) {
    String objectName = p.optionalString("objectName", MessageParams.OBJECT_NAME);
    ObjectNode content = p.optionalJsonObject("content");
    if ("RC:chrmKVNotiMsg".equals(objectName) && (content == null || !content.has("type") || !content.has("key"))) {
      throw ApiException.param("RC:chrmKVNotiMsg content must carry type and key");
    }
  }

  private static String entryKey(String key) {
    if (!ENTRY_KEY.matcher(key).matches()) {
      throw ApiException.param("attribute keys are 1 to 128 of [A-Za-z0-9+=-_], got: " + key);
    }
    return key;
  }

  /** entryInfo: a JSON object of at most 20 key -> value pairs. */
  private static Map<String, String> entryInfo(String json) {
    JsonNode node = parse("entryInfo", json);
    if (!node.isObject()) {
      throw ApiException.param("entryInfo must be a JSON object");
    }
    if (node.size() > 20) {
      throw ApiException.param("entryInfo holds at most 20 keys");
    }
    Map<String, String> entries = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      String value = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
      VALUE.check("entryInfo value", value);
      entries.put(entryKey(e.getKey()), value);
    });
    return entries;
  }

  /** entryKeys: a JSON array of at most 20 keys. */
  private static List<String> entryKeys(String json) {
    JsonNode node = parse("entryKeys", json);
    if (!node.isArray() || node.isEmpty() || node.size() > 20) {
      throw ApiException.param("entryKeys must be a JSON array of 1 to 20 keys");
    }
    List<String> keys = new ArrayList<>();
    node.forEach(k -> keys.add(entryKey(k.asText())));
    return keys;
  }

  private static JsonNode parse(String name, String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw ApiException.param(name + " is not valid JSON");
    }
  }

  private static int entryInfoCount(Params p) {
    try {
      JsonNode node = JSON.readTree(p.optionalString("entryInfo", Limit.NONE));
      return node != null && node.isObject() ? Math.max(1, node.size()) : 1;
    } catch (Exception e) {
      return 1;
    }
  }

  private static int entryKeysCount(Params p) {
    try {
      JsonNode node = JSON.readTree(p.optionalString("entryKeys", Limit.NONE));
      return node != null && node.isArray() ? Math.max(1, node.size()) : 1;
    } catch (Exception e) {
      return 1;
    }
  }

  private List<Map<String, String>> ends(Map<String, java.time.Instant> ends) {
    List<Map<String, String>> users = new ArrayList<>();
    ends.forEach((user, end) -> users.add(Map.of("userId", user, "time", context.formatTime(end))));
    return users;
  }
}
