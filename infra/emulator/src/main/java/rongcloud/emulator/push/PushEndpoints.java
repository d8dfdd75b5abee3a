package rongcloud.emulator.push;

import static rongcloud.emulator.BodyKind.FORM;
import static rongcloud.emulator.BodyKind.JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
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

/**
 * The 16 push.yaml endpoints: push remarks (user level and group member), Do Not Disturb levels (per
 * conversation, per conversation type, daily window), Push Plus (/push/custom.json, JSON) and the two
 * statistics paths. The statistics endpoints are UNVERIFIED (no documentation): the emulator answers them with
 * shapes of its own, built from the Push Plus pushes it recorded. Admin: GET /_emulator/push-plus,
 * POST /_emulator/push-plus (enabled=true|false).
 */
public final class PushEndpoints implements ApiArea {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Limit USER_ID = Limit.bytes(64);
  private static final Limit GROUP_ID = Limit.bytes(64);
  private static final Limit TARGET_ID = Limit.chars(64);
  private static final Pattern GROUP_ID_CHARS = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]");
  /** Do Not Disturb conversation types: 1 | 3 | 6 | 10. */
  private static final Set<Integer> TYPES = Set.of(1, 3, 6, 10);
  /** Do Not Disturb levels: -1 | 0 | 1 | 2 | 4 | 5. */
  private static final Set<Integer> LEVELS = Set.of(-1, 0, 1, 2, 4, 5);
  private static final int ULTRA_GROUP = 10;
  private static final int USER_REMARKS_MAX = 100;
  private static final int USER_REMARKS_PAGE_MAX = 50;
  private static final Quota QUOTA = Quota.perSecond(100);
  /** Push Plus: 20 requests/hour and 100 per calendar day (data-center zone). */
  private static final Quota PUSH_PLUS = Quota.of(RateRule.per(20, Duration.ofHours(1)), RateRule.perCalendarDay(100));
  private static final Quota STATS = Quota.perSecond(1);

  private EmulatorContext context;
  private PushState state;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.context = context;
    state = context.register(PushState.class, new PushState());
    r.post("/stat/getDayPushData", FORM, STATS, this::dailyStats);
    r.post("/stat/getPushIdData", FORM, STATS, this::pushStats);
    r.post("/user/remarks/set.json", FORM, QUOTA, this::setUserRemarks);
    r.post("/user/remarks/del.json", FORM, QUOTA, this::deleteUserRemark);
    r.post("/user/remarks/get.json", FORM, QUOTA, this::getUserRemarks);
    r.post("/group/remarks/set.json", FORM, QUOTA, this::setGroupRemark);
    r.post("/group/remarks/del.json", FORM, QUOTA, this::deleteGroupRemark);
    r.post("/group/remarks/get.json", FORM, QUOTA, this::getGroupRemark);
    r.post("/conversation/notification/set.json", FORM, QUOTA, this::setConversationLevel);
    r.post("/conversation/notification/get.json", FORM, QUOTA, this::getConversationLevel);
    r.post("/conversation/type/notification/set.json", FORM, QUOTA, this::setTypeLevel);
    r.post("/conversation/type/notification/get.json", FORM, QUOTA, this::getTypeLevel);
    r.post("/user/blockPushPeriod/set.json", FORM, QUOTA, this::setPeriod);
    r.post("/user/blockPushPeriod/delete.json", FORM, QUOTA, this::deletePeriod);
    r.post("/user/blockPushPeriod/get.json", FORM, QUOTA, this::getPeriod);
    r.post("/push/custom.json", JSON, PUSH_PLUS, this::pushCustom);
    r.admin("GET", "/push-plus", q -> state.pushes());
    r.admin("POST", "/push-plus", q -> {
      state.setPushPlusEnabled(q.booleanParam("enabled"));
      return Map.of("code", Codes.OK);
    });
  }

  // ---- statistics (UNVERIFIED shapes) ----

  /** data: one entry per data-center day with Push Plus pushes, oldest first: {date, pushCount}. */
  private Reply dailyStats(Params p) {
    Map<LocalDate, Integer> days = new TreeMap<>();
    state.pushes().forEach(x -> days.merge(x.sentAt().atZone(context.dataCenterZone()).toLocalDate(), 1, Integer::sum));
    List<Map<String, Object>> data = new ArrayList<>();
    days.forEach((day, count) -> data.add(Map.of("date", day.toString(), "pushCount", count)));
    return Reply.ok().with("data", data);
  }

  /** The recorded push: {pushId, createTime, platform, isToAll}; 1015 for an unknown id. */
  private Reply pushStats(Params p) {
    String pushId = p.requiredString("pushId", Limit.NONE);
    PushState.Push push = state.push(pushId)
        .orElseThrow(() -> new ApiException(Codes.DATA_NOT_FOUND, "no push " + pushId));
    return Reply.ok().with("pushId", push.pushId()).with("createTime", context.formatTime(push.sentAt()))
        .with("platform", push.platforms()).with("isToAll", push.toAll());
  }

  // ---- user-level push remarks ----

  private Reply setUserRemarks(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    JsonNode remarks;
    try {
      remarks = MAPPER.readTree(p.requiredString("remarks", Limit.NONE));
    } catch (JsonProcessingException e) {
      throw ApiException.param("remarks is not valid JSON: " + e.getOriginalMessage());
    }
    if (remarks == null || !remarks.isArray() || remarks.isEmpty()) {
      throw ApiException.param("remarks must be a non-empty JSON array of {id, remark}");
    }
    if (remarks.size() > USER_REMARKS_MAX) {
      throw ApiException.param("at most " + USER_REMARKS_MAX + " remarks per request, got " + remarks.size());
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (JsonNode r : remarks) {
      String id = r.path("id").asText("");
      String remark = r.path("remark").asText("");
      if (!r.isObject() || id.isEmpty() || remark.isEmpty()) {
        throw ApiException.param("every remark needs id and remark");
      }
      USER_ID.check("remarks[].id", id);
      values.put(id, remark);
    }
    state.setUserRemarks(userId, values);
    return Reply.ok();
  }

  private Reply deleteUserRemark(Params p) {
    state.deleteUserRemark(p.requiredString("userId", USER_ID), p.requiredString("targetId", USER_ID));
    return Reply.ok();
  }

  /** page (default 1) and size (default 50, at most 50 per response: larger sizes are cut). */
  private Reply getUserRemarks(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    int page = p.optionalInt("page", 1, 1, Integer.MAX_VALUE);
    int size = Math.min(p.optionalInt("size", 50, 1, Integer.MAX_VALUE), USER_REMARKS_PAGE_MAX);
    List<Map.Entry<String, String>> all = state.userRemarkEntries(userId);
    long from = (long) (page - 1) * size;
    List<Map<String, String>> users = all.stream().skip(from).limit(size)
        .map(e -> Map.of("id", e.getKey(), "remark", e.getValue())).toList();
    return Reply.ok().with("total", all.size()).with("users", users);
  }

  // ---- group-member push remarks (group existence and membership are not checked: undocumented) ----

  private Reply setGroupRemark(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    String groupId = groupId(p);
    state.setGroupRemark(groupId, userId, p.requiredString("remark", Limit.NONE));
    return Reply.ok();
  }

  private Reply deleteGroupRemark(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    state.deleteGroupRemark(groupId(p), userId);
    return Reply.ok();
  }

  private Reply getGroupRemark(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    return Reply.ok().with("remark", state.groupRemark(groupId(p), userId).orElse(""));
  }

  private static String groupId(Params p) {
    String groupId = p.requiredString("groupId", GROUP_ID);
    if (!GROUP_ID_CHARS.matcher(groupId).matches()) {
      throw ApiException.param("groupId may hold only letters and digits");
    }
    return groupId;
  }

  // ---- Do Not Disturb ----

  /**
   * unpushLevel wins over the deprecated isMuted; one of them is required. isMuted 1 is stored as level 5
   * (nothing notifies) and 0 as 0 (a choice: the docs give no mapping).
   */
  private Reply setConversationLevel(Params p) {
    int type = type(p);
    String userId = p.requiredString("requestId", USER_ID);
    String targetId = p.requiredString("targetId", TARGET_ID);
    String busChannel = busChannel(p, type);
    int level;
    if (p.has("unpushLevel")) {
      level = level(p, "unpushLevel");
    } else if (p.has("isMuted")) {
      level = p.requiredInt("isMuted", 0, 1) == 1 ? 5 : 0;
    } else {
      throw ApiException.param("unpushLevel or isMuted is required");
    }
    state.setConversationLevel(type, userId, targetId, busChannel, level);
    return Reply.ok();
  }

  private Reply getConversationLevel(Params p) {
    int type = type(p);
    String userId = p.requiredString("requestId", USER_ID);
    String targetId = p.requiredString("targetId", TARGET_ID);
    return Reply.ok().with("isMuted", state.conversationLevel(type, userId, targetId, busChannel(p, type)));
  }

  private Reply setTypeLevel(Params p) {
    int type = type(p);
    String userId = p.requiredString("requestId", USER_ID);
    state.setTypeLevel(type, userId, level(p, "unpushLevel"));
    return Reply.ok();
  }

  private Reply getTypeLevel(Params p) {
    int type = type(p);
    return Reply.ok().with("isMuted", state.typeLevel(type, p.requiredString("requestId", USER_ID)));
  }

  private static int type(Params p) {
    int type = p.requiredInt("conversationType", Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (!TYPES.contains(type)) {
      throw ApiException.param("conversationType must be 1, 3, 6 or 10, got: " + type);
    }
    return type;
  }

  private static int level(Params p, String name) {
    int level = p.requiredInt(name, -1, 5);
    if (!LEVELS.contains(level)) {
      throw ApiException.param(name + " must be -1, 0, 1, 2, 4 or 5, got: " + level);
    }
    return level;
  }

  /** busChannel: ultra groups only; "" (absent) = messages outside any channel. */
  private static String busChannel(Params p, int type) {
    String busChannel = p.optionalString("busChannel", Limit.NONE);
    if (busChannel != null && type != ULTRA_GROUP) {
      throw ApiException.param("busChannel is only allowed for ultra groups (conversationType 10)");
    }
    return busChannel == null ? "" : busChannel;
  }

  // ---- daily Do Not Disturb window ----

  private Reply setPeriod(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    String start = p.requiredString("startTime", Limit.NONE);
    if (!TIME.matcher(start).matches()) {
      throw ApiException.param("startTime must be HH:MM:SS, got: " + start);
    }
    int period = p.requiredInt("period", 0, 1439);
    int level = p.requiredInt("level", 1, 5);
    if (level != 1 && level != 5) {
      throw ApiException.param("level must be 1 or 5, got: " + level);
    }
    state.setPeriod(userId, new PushState.Period(start, period, level));
    return Reply.ok();
  }

  private Reply deletePeriod(Params p) {
    state.deletePeriod(p.requiredString("userId", USER_ID));
    return Reply.ok();
  }

  /** No window: data with period 0 ("0 = not set"), empty startTime and unPushLevel 0. */
  private Reply getPeriod(Params p) {
    PushState.Period period = state.period(p.requiredString("userId", USER_ID))
        .orElse(new PushState.Period("", 0, 0));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("startTime", period.startTime());
    data.put("period", period.period());
    data.put("unPushLevel", period.level());
    return Reply.ok().with("data", data);
  }

  // ---- Push Plus ----

  private Reply pushCustom(Params p) {
    if (!state.pushPlusEnabled()) {
      throw new ApiException(Codes.SERVICE_NOT_ENABLED, "Push Plus is not enabled for this App Key");
    }
    List<String> platforms = p.requiredList("platform", 2, Limit.NONE);
    if (!platforms.stream().allMatch(x -> x.equals("ios") || x.equals("android"))) {
      throw ApiException.param("platform values are ios and android");
    }
    JsonNode audience = p.json("audience");
    if (audience == null || !audience.isObject() || !audience.path("is_to_all").isBoolean()) {
      throw ApiException.param("audience with is_to_all is required");
    }
    boolean toAll = audience.path("is_to_all").asBoolean();
    boolean conditions = nonEmptyArray(audience, "tag") || nonEmptyArray(audience, "tag_or")
        || nonEmptyArray(audience, "tagItems") || nonEmptyArray(audience, "userid")
        || !audience.path("packageName").asText("").isEmpty();
    if (!toAll && !conditions) {
      throw ApiException.param("audience: is_to_all or a condition is required");
    }
    JsonNode items = audience.get("tagItems");
    if (items != null && !items.isNull()) {
      for (JsonNode item : items) {
        if (!nonEmptyArray(item, "tags")) {
          throw ApiException.param("every tagItems entry needs tags");
        }
        for (String op : List.of("tagsOperator", "itemsOperator")) {
          String value = item.path(op).asText("AND");
          if (!value.equals("AND") && !value.equals("OR")) {
            throw ApiException.param("tagItems[]." + op + " must be AND or OR, got: " + value);
          }
        }
      }
    }
    JsonNode notification = p.json("notification");
    if (notification == null || !notification.isObject() || notification.path("alert").asText("").isEmpty()) {
      throw ApiException.param("notification with alert is required");
    }
    String pushId = "pushplus-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    p.asMap().keySet().forEach(name -> body.set(name, p.json(name)));
    state.record(new PushState.Push(pushId, context.clock().now(), platforms, toAll, body.toString()));
    return Reply.ok().with("id", pushId);
  }

  private static boolean nonEmptyArray(JsonNode parent, String name) {
    JsonNode node = parent.get(name);
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isArray()) {
      throw ApiException.param(name + " must be an array");
    }
    return !node.isEmpty();
  }
}
