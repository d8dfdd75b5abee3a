package rongcloud.emulator.ultragroup;

import static rongcloud.emulator.BodyKind.FORM;
import static rongcloud.emulator.BodyKind.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Json;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.RateRule;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;
import rongcloud.emulator.message.MessageState.StoredMessage;

/**
 * The 40 endpoints of ultragroup.yaml on {@link UltraGroupState}. Messages are those the message area stored
 * for /message/ultragroup/publish.json (so this area is installed after it). Rate limits from the catalog:
 * 100/s per path, except /ultragroup/msg/get.json (5/s), /ultragroup/msg/modify.json and
 * /ultragroup/hismsg/query.json (100/minute).
 */
public final class UltraGroupEndpoints implements ApiArea {
  static final Limit USER_ID = Limit.bytes(64);
  static final Limit GROUP_ID = Limit.chars(64);
  static final Limit CHANNEL = Limit.chars(20);
  static final Limit USER_GROUP_ID = Limit.chars(64);
  static final Limit CONTENT = Limit.bytes(128 * 1024);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern EXPANSION_KEY = Pattern.compile("[A-Za-z0-9+=_-]{1,32}");
  private static final int USERS_PER_REQUEST = 20;
  private static final int USER_GROUPS_PER_REQUEST = 10;
  private static final Duration HISTORY_SPAN = Duration.ofDays(14);
  private static final Set<Integer> PUSH_LEVELS = Set.of(-1, 0, 1, 2, 4, 5);

  private EmulatorContext context;
  private UltraGroupState state;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.context = context;
    this.state = context.register(UltraGroupState.class, new UltraGroupState(context));
    Quota perSecond = Quota.perSecond(100);
    Quota perMinute = Quota.of(RateRule.per(100, Duration.ofMinutes(1)));
    r.post("/ultragroup/create.json", FORM, perSecond, this::create);
    r.post("/ultragroup/join.json", FORM, perSecond, p -> {
      state.join(groupId(p), p.requiredString("userId", USER_ID));
      return Reply.ok();
    });
    r.post("/ultragroup/quit.json", FORM, perSecond, p -> {
      state.quit(groupId(p), p.requiredString("userId", USER_ID));
      return Reply.ok();
    });
    r.post("/ultragroup/dis.json", FORM, perSecond, p -> {
      state.dismiss(groupId(p));
      return Reply.ok();
    });
    r.post("/ultragroup/refresh.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      state.rename(groupId, p.requiredString("groupName", Limit.NONE));
      return Reply.ok();
    });
    r.post("/ultragroup/member/exist.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      return Reply.ok().with("status", state.isMember(groupId, p.requiredString("userId", USER_ID)));
    });

    r.post("/ultragroup/channel/create.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, true);
      state.createChannel(groupId, channel, p.optionalInt("type", 0, 0, 1));
      return Reply.ok();
    });
    r.post("/ultragroup/channel/del.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      state.deleteChannel(groupId, channel(p, true));
      return Reply.ok();
    });
    r.post("/ultragroup/channel/get.json", FORM, perSecond, this::channels);
    r.post("/ultragroup/channel/type/change.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, true);
      state.changeType(groupId, channel, p.requiredInt("type", 0, 1));
      return Reply.ok();
    });
    r.post("/ultragroup/channel/private/users/add.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, true);
      state.addPrivateUsers(groupId, channel, userIds(p));
      return Reply.ok();
    });
    r.post("/ultragroup/channel/private/users/del.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, true);
      state.removePrivateUsers(groupId, channel, userIds(p));
      return Reply.ok();
    });
    r.post("/ultragroup/channel/private/users/get.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, true);
      return Reply.ok().with("users", page(p, "pageSize", 50, 100, state.privateUsers(groupId, channel)));
    });
    r.post("/ultragroup/user/channel/query.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String userId = p.requiredString("userId", USER_ID);
      return Reply.ok().with("data", page(p, "pageSize", 10, 50, state.channelsWithPrivateUser(groupId, userId)));
    });

    r.post("/ultragroup/userbanned/add.json", FORM, perSecond, p -> {
      state.mute(groupId(p), channel(p, false), userIds(p), true);
      return Reply.ok();
    });
    r.post("/ultragroup/userbanned/del.json", FORM, perSecond, p -> {
      state.mute(groupId(p), channel(p, false), userIds(p), false);
      return Reply.ok();
    });
    // no maximum page size is documented for userbanned/get.json: any positive size is taken
    r.post("/ultragroup/userbanned/get.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, false);
      return Reply.ok().with("users", idEntries(page(p, "pageSize", 50, Integer.MAX_VALUE, state.mutedList(groupId, channel))));
    });
    r.post("/ultragroup/globalbanned/set.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, false);
      if (!p.has("status")) {
        throw ApiException.param("status is required");
      }
      state.setMutedAll(groupId, channel, p.optionalBool("status", false));
      return Reply.ok();
    });
    r.post("/ultragroup/globalbanned/get.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      return Reply.ok().with("status", state.isMutedAll(groupId, channel(p, false)));
    });
    r.post("/ultragroup/banned/whitelist/add.json", FORM, perSecond, p -> {
      state.allow(groupId(p), channel(p, false), userIds(p), true);
      return Reply.ok();
    });
    r.post("/ultragroup/banned/whitelist/del.json", FORM, perSecond, p -> {
      state.allow(groupId(p), channel(p, false), userIds(p), false);
      return Reply.ok();
    });
    r.post("/ultragroup/banned/whitelist/get.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, false);
      return Reply.ok().with("users", idEntries(page(p, "pageSize", 50, 200, state.allowList(groupId, channel))));
    });

    r.post("/ultragroup/msg/get.json", FORM, Quota.perSecond(5), this::getMessages);
    r.post("/ultragroup/msg/modify.json", FORM, perMinute, this::modify);
    r.post("/ultragroup/hismsg/query.json", FORM, perMinute, this::history);
    r.post("/ultragroup/message/expansion/set.json", FORM, perSecond, this::setExpansion);
    r.post("/ultragroup/message/expansion/delete.json", FORM, perSecond, this::deleteExpansion);
    r.post("/ultragroup/message/expansion/query.json", FORM, perSecond, this::queryExpansion);

    r.post("/ultragroup/notdisturb/set.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, false);
      int level = p.requiredInt("unpushLevel", -1, 5);
      if (!PUSH_LEVELS.contains(level)) {
        throw ApiException.param("unpushLevel must be one of -1, 0, 1, 2, 4, 5, got: " + level);
      }
      state.setPushLevel(groupId, channel, level);
      return Reply.ok();
    });
    r.post("/ultragroup/notdisturb/get.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, false);
      int level = state.readPushLevel(groupId, channel);
      return Reply.ok().with("groupId", groupId).with("busChannel", channel == null ? "" : channel)
          .with("unpushLevel", level);
    });

    r.post("/ultragroup/usergroup/add.json", JSON, perSecond, this::createUserGroups);
    r.post("/ultragroup/usergroup/del.json", FORM, perSecond, p -> {
      state.deleteUserGroups(groupId(p), userGroupIds(p));
      return Reply.ok();
    });
    r.post("/ultragroup/usergroup/query.json", FORM, perSecond, p -> {
      List<String> ids = page(p, "pageSize", 10, 50, state.userGroupIds(groupId(p)));
      return Reply.ok().with("userGroups", ids.stream().map(id -> Map.of("userGroupId", id)).toList());
    });
    r.post("/ultragroup/usergroup/user/add.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      state.addUserGroupMembers(groupId, userGroupId(p), userIds(p));
      return Reply.ok();
    });
    r.post("/ultragroup/usergroup/user/del.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      state.removeUserGroupMembers(groupId, userGroupId(p), userIds(p));
      return Reply.ok();
    });
    r.post("/ultragroup/user/usergroup/query.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String userId = p.requiredString("userId", USER_ID);
      return Reply.ok().with("data", page(p, "pageSize", 10, 50, state.userGroupsOf(groupId, userId)));
    });
    r.post("/ultragroup/channel/usergroup/bind.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      state.bind(groupId, channel(p, true), userGroupIds(p), true);
      return Reply.ok();
    });
    r.post("/ultragroup/channel/usergroup/unbind.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      state.bind(groupId, channel(p, true), userGroupIds(p), false);
      return Reply.ok();
    });
    r.post("/ultragroup/channel/usergroup/query.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String channel = channel(p, true);
      return Reply.ok().with("data", page(p, "pageSize", 10, 50, state.boundUserGroups(groupId, channel)));
    });
    r.post("/ultragroup/usergroup/channel/query.json", FORM, perSecond, p -> {
      String groupId = groupId(p);
      String userGroupId = userGroupId(p);
      return Reply.ok().with("data", page(p, "pageSize", 10, 50, state.boundChannels(groupId, userGroupId)));
    });
  }

  // ---- parameters ----

  private static String alnum(String name, String value) {
    if (value != null && !ALNUM.matcher(value).matches()) {
      throw ApiException.param(name + " may only hold letters and digits: " + value);
    }
    return value;
  }

  private static String groupId(Params p) {
    return alnum("groupId", p.requiredString("groupId", GROUP_ID));
  }

  /** busChannel: letters and digits, at most 20; null when optional and absent. */
  private static String channel(Params p, boolean required) {
    String channel = required ? p.requiredString("busChannel", CHANNEL) : p.optionalString("busChannel", CHANNEL);
    return alnum("busChannel", channel);
  }

  private static List<String> userIds(Params p) {
    return distinct(p.requiredIds("userIds", USERS_PER_REQUEST, USER_ID));
  }

  private static String userGroupId(Params p) {
    return alnum("userGroupId", p.requiredString("userGroupId", USER_GROUP_ID));
  }

  private static List<String> userGroupIds(Params p) {
    List<String> ids = distinct(p.requiredIds("userGroupIds", USER_GROUPS_PER_REQUEST, USER_GROUP_ID));
    ids.forEach(id -> alnum("userGroupIds", id));
    return ids;
  }

  private static List<String> distinct(List<String> ids) {
    return List.copyOf(new LinkedHashSet<>(ids));
  }

  /** One page (page from 1) of {@code all}; a size outside 1..max answers 1002. */
  private static <T> List<T> page(Params p, String sizeName, int defaultSize, int maxSize, List<T> all) {
    int page = p.optionalInt("page", 1, 1, Integer.MAX_VALUE);
    int size = p.optionalInt(sizeName, defaultSize, 1, maxSize);
    long from = (long) (page - 1) * size;
    return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
  }

  private static List<Map<String, String>> idEntries(List<String> ids) {
    return ids.stream().map(id -> Map.of("id", id)).toList();
  }

  private static JsonNode parse(String name, String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      if (node == null) {
        throw ApiException.param(name + " is not valid JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw ApiException.param(name + " is not valid JSON: " + e.getOriginalMessage());
    }
  }

  // ---- handlers ----

  private Reply create(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    String groupId = groupId(p);
    state.create(groupId, userId, p.requiredString("groupName", Limit.NONE));
    return Reply.ok();
  }

  private Reply channels(Params p) {
    String groupId = groupId(p);
    List<Map<String, Object>> list = page(p, "limit", 20, 100, state.channels(groupId)).stream().map(c -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("channelId", c.id());
      entry.put("type", c.type());
      entry.put("createTime", context.formatTime(c.createdAt()));
      return entry;
    }).toList();
    return Reply.ok().with("channelList", list);
  }

  /** Whether a message lies in the channel asked for: no channel (or RCDefault) means the default channel. */
  private static boolean inChannel(StoredMessage m, String channel) {
    String own = m.channel() == null || m.channel().isEmpty() ? UltraGroupState.DEFAULT_CHANNEL : m.channel();
    return own.equals(channel == null ? UltraGroupState.DEFAULT_CHANNEL : channel);
  }

  private Map<String, Object> json(StoredMessage m, boolean history) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("groupId", m.targetId());
    entry.put("busChannel", m.channel() == null ? "" : m.channel());
    entry.put("fromUserId", m.fromUserId());
    entry.put("msgUID", m.messageUid());
    entry.put(history ? "msgTime" : "sentTime", m.sentTime().toEpochMilli());
    entry.put("objectName", m.objectName());
    if (history) {
      entry.put("conversationType", UltraGroupState.ULTRA_GROUP_TYPE);
    }
    entry.put("content", state.currentContent(m));
    entry.put("expansion", m.expansion());
    Map<String, String> extra = new LinkedHashMap<>();
    state.expansionView(m.messageUid()).forEach((k, v) -> extra.put(k, v.value()));
    entry.put("extraContent", Json.text(extra));
    return entry;
  }

  private Reply getMessages(Params p) {
    String groupId = groupId(p);
    JsonNode msgs = parse("msgs", p.requiredString("msgs", Limit.NONE));
    if (!msgs.isArray() || msgs.isEmpty() || msgs.size() > 20) {
      throw ApiException.param("msgs must be a JSON array of 1 to 20 objects");
    }
    List<Map<String, Object>> data = new ArrayList<>();
    for (JsonNode ref : msgs) {
      String uid = ref.path("msgUID").asText("");
      if (uid.isEmpty()) {
        throw ApiException.param("msgs[].msgUID is required");
      }
      String channel = ref.path("busChannel").asText("");
      state.groupMessages(groupId).stream()
          .filter(m -> m.messageUid().equals(uid) && (channel.isEmpty() || inChannel(m, channel)))
          .findFirst().ifPresent(m -> data.add(json(m, false)));
    }
    return Reply.ok().with("data", data);
  }

  private Reply modify(Params p) {
    String groupId = groupId(p);
    String channel = channel(p, false);
    String from = p.requiredString("fromUserId", USER_ID);
    String uid = p.requiredString("msgUID", Limit.NONE);
    String content = p.requiredString("content", CONTENT);
    if (!parse("content", content).isObject()) {
      throw ApiException.param("content must be a JSON object");
    }
    p.optionalLong("msgRandom", 0, Long.MIN_VALUE, Long.MAX_VALUE);
    StoredMessage m = state.message(groupId, uid);
    if (!m.fromUserId().equals(from)) {
      throw ApiException.param("fromUserId " + from + " did not send " + uid);
    }
    if (!inChannel(m, channel)) {
      throw ApiException.param("busChannel does not match the channel of " + uid);
    }
    state.edit(uid, content);
    return Reply.ok();
  }

  private Reply history(Params p) {
    String groupId = groupId(p);
    String channel = channel(p, true);
    long start = p.requiredLong("startTime", 0, Long.MAX_VALUE);
    long end = p.requiredLong("endTime", 0, Long.MAX_VALUE);
    if (end <= start || end - start > HISTORY_SPAN.toMillis()) {
      throw ApiException.param("endTime must be after startTime and at most 14 days later");
    }
    String from = p.optionalString("fromUserId", USER_ID);
    int size = p.optionalInt("pageSize", 20, 1, 100);
    if (!state.exists(groupId)) {
      throw new ApiException(rongcloud.emulator.Codes.DATA_NOT_FOUND, "ultra group " + groupId + " does not exist");
    }
    List<Map<String, Object>> data = state.groupMessages(groupId).stream()
        .filter(m -> inChannel(m, channel))
        .filter(m -> from == null || m.fromUserId().equals(from))
        .filter(m -> m.sentTime().toEpochMilli() > start && m.sentTime().toEpochMilli() <= end)
        .limit(size).map(m -> json(m, true)).toList();
    return Reply.ok().with("data", data);
  }

  /** The message of an expansion call: it must exist, be extensible, and busChannel must be sent exactly when it has one. */
  private StoredMessage expandable(Params p, boolean requireExpansion) {
    String uid = p.requiredString("msgUID", Limit.NONE);
    String channel = channel(p, false);
    String groupId = groupId(p);
    StoredMessage m = state.message(groupId, uid);
    boolean hasChannel = m.channel() != null && !m.channel().isEmpty();
    if (hasChannel != (channel != null) || (hasChannel && !m.channel().equals(channel))) {
      throw ApiException.param("busChannel must be the message's channel, and absent for a message without one");
    }
    if (requireExpansion && !m.expansion()) {
      throw ApiException.param("message " + uid + " was not sent with expansion=true");
    }
    return m;
  }

  private Reply setExpansion(Params p) {
    p.requiredString("userId", USER_ID);
    JsonNode values = parse("extraKeyVal", p.requiredString("extraKeyVal", Limit.NONE));
    if (!values.isObject() || values.isEmpty() || values.size() > 100) {
      throw ApiException.param("extraKeyVal must be a JSON object of 1 to 100 keys");
    }
    Map<String, String> map = new LinkedHashMap<>();
    values.fields().forEachRemaining(f -> {
      if (!EXPANSION_KEY.matcher(f.getKey()).matches()) {
        throw ApiException.param("extraKeyVal key " + f.getKey() + ": 1 to 32 letters, digits, + = - _");
      }
      String v = f.getValue().isValueNode() ? f.getValue().asText() : f.getValue().toString();
      Limit.chars(4096).check("extraKeyVal." + f.getKey(), v);
      map.put(f.getKey(), v);
    });
    StoredMessage m = expandable(p, true);
    state.setExpansion(m.messageUid(), map);
    return Reply.ok();
  }

  private Reply deleteExpansion(Params p) {
    p.requiredString("userId", USER_ID);
    JsonNode keys = parse("extraKey", p.requiredString("extraKey", Limit.NONE));
    if (!keys.isArray() || keys.isEmpty() || keys.size() > 100) {
      throw ApiException.param("extraKey must be a JSON array of 1 to 100 keys");
    }
    List<String> list = new ArrayList<>();
    keys.forEach(k -> list.add(k.asText()));
    StoredMessage m = expandable(p, true);
    state.deleteExpansion(m.messageUid(), list);
    return Reply.ok();
  }

  private Reply queryExpansion(Params p) {
    int pageNo = p.optionalInt("pageNo", 1, 1, Integer.MAX_VALUE);
    StoredMessage m = expandable(p, false);
    Map<String, Object> extra = new LinkedHashMap<>();
    state.expansionView(m.messageUid()).entrySet().stream().skip((long) (pageNo - 1) * 300).limit(300)
        .forEach(e -> extra.put(e.getKey(), Map.of("v", e.getValue().value(), "ts", e.getValue().setAt().toEpochMilli())));
    return Reply.ok().with("extraContent", extra);
  }

  private Reply createUserGroups(Params p) {
    String groupId = groupId(p);
    JsonNode groups = p.json("userGroups");
    if (groups == null || !groups.isArray() || groups.isEmpty() || groups.size() > USER_GROUPS_PER_REQUEST) {
      throw ApiException.param("userGroups must be an array of 1 to " + USER_GROUPS_PER_REQUEST + " objects");
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode g : groups) {
      String id = g.path("userGroupId").asText("");
      if (id.isEmpty()) {
        throw ApiException.param("userGroups[].userGroupId is required");
      }
      USER_GROUP_ID.check("userGroupId", id);
      ids.add(alnum("userGroupId", id));
    }
    state.createUserGroups(groupId, ids.stream().filter(Objects::nonNull).distinct().toList());
    return Reply.ok();
  }
}
