package rongcloud.emulator.message;

import static rongcloud.emulator.BodyKind.FORM;
import static rongcloud.emulator.BodyKind.JSON;
import static rongcloud.emulator.message.MessageParams.USER_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.emulator.AdminRequest;
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
 * The 13 visible endpoints of message.yaml (chatroom sends come with the chatroom area). /message/recall.json
 * also serves the system area's RecallSystemMessage (conversationType 6). Admin: GET /_emulator/messages,
 * POST /_emulator/messages/history-log (enabled=true|false).
 */
public final class MessageEndpoints implements ApiArea {
  private static final Limit ID = Limit.chars(64);
  private static final Limit CHANNEL = Limit.chars(20);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyyMMddHH");
  /** Logs are packaged about an hour after the hour ends and kept 3 days (docs). */
  private static final Duration LOG_DELAY = Duration.ofHours(1);
  private static final Duration LOG_RETENTION = Duration.ofDays(3);
  private static final List<String> GROUP_FLAGS = List.of("isPersisted", "isCounted", "isIncludeSender", "isMentioned",
      "contentAvailable", "needReadReceipt");

  private EmulatorContext context;
  private MessageState state;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.context = context;
    this.state = context.register(MessageState.class, new MessageState(context));
    Quota perRecipient = Quota.of(RateRule.per(6000, Duration.ofMinutes(1))).costing(p -> Math.min(p.count("toUserId"), 1000));
    Quota perGroup = Quota.perSecond(20).costing(p -> Math.min(p.count("toGroupId"), 3));
    r.post("/message/private/publish.json", FORM, perRecipient, p -> Sends.toUsers(state, p, "/message/private/publish.json", 1, 1000));
    r.post("/message/private/publish_template.json", JSON, perRecipient,
        p -> Sends.template(state, p, "/message/private/publish_template.json", 1, 1000));
    r.post("/statusmessage/private/publish.json", FORM, perRecipient,
        p -> Sends.toUsers(state, p, "/statusmessage/private/publish.json", 1, 1000));
    r.post("/message/group/publish.json", FORM, perGroup, p -> sendGroup(p, "/message/group/publish.json"));
    r.post("/statusmessage/group/publish.json", FORM, perGroup, p -> sendGroup(p, "/statusmessage/group/publish.json"));
    // the per-channel 20/s sub-limit is not modelled (one budget per path in this emulator)
    r.post("/message/ultragroup/publish.json", JSON, Quota.perSecond(100).costing(p -> Math.min(p.count("toGroupIds"), 3)),
        this::sendUltraGroup);
    // the 20/s sub-limit for group conversations is not modelled
    r.post("/message/expansion/set.json", FORM, Quota.perSecond(100), this::setExpansion);
    r.post("/message/expansion/delete.json", FORM, Quota.perSecond(100), this::deleteExpansion);
    r.post("/message/expansion/query.json", FORM, Quota.perSecond(100), this::queryExpansion);
    r.post("/message/recall.json", FORM, Quota.perSecond(100), this::recall);
    r.post("/message/history.json", FORM, Quota.perSecond(100), this::history);
    r.post("/message/history/delete.json", FORM, Quota.perSecond(100), this::deleteHistory);
    r.post("/conversation/message/history/clean.json", FORM, Quota.perSecond(100), this::clean);
    r.admin("GET", "/messages", this::adminMessages);
    r.admin("POST", "/messages/history-log", q -> {
      state.setHistoryLogEnabled(q.booleanParam("enabled"));
      return Map.of("code", Codes.OK);
    });
  }

  private Reply sendGroup(Params p, String path) {
    String from = p.requiredString("fromUserId", USER_ID);
    List<String> groups = p.requiredList("toGroupId", 3, ID);
    List<String> directed = p.has("toUserId") ? p.requiredList("toUserId", 1000, USER_ID) : List.of();
    if (!directed.isEmpty() && groups.size() != 1) {
      throw ApiException.param("toUserId needs exactly one toGroupId");
    }
    String objectName = MessageParams.objectName(p);
    String content = MessageParams.content(p, "content");
    MessageParams.flags(p, GROUP_FLAGS, List.of("disablePush", "disableUpdateLastMsg", "expansion"));
    boolean expansion = p.optionalBool("expansion", false);
    String extra = p.optionalString("extraContent", Limit.NONE);
    Map<String, String> initial = extra == null ? Map.of() : MessageParams.expansion("extraContent", extra, 100);
    if (!directed.isEmpty() && (expansion || extra != null || p.has("pushExt") || p.optionalBool("disablePush", false))) {
      throw ApiException.param("directed messages do not support expansion, extraContent, disablePush or pushExt");
    }
    return state.once(path, from, MessageParams.msgRandom(p), () -> {
      List<Map<String, String>> uids = new ArrayList<>();
      for (String group : groups) {
        MessageState.StoredMessage m = state.store(path, 3, from, group, directed, objectName, content, null,
            expansion, initial, p.asMap());
        uids.add(Sends.uid("groupId", group, m.messageUid()));
      }
      return Reply.ok().with("messageUIDs", uids);
    });
  }

  private Reply sendUltraGroup(Params p) {
    String path = "/message/ultragroup/publish.json";
    String from = p.requiredString("fromUserId", USER_ID);
    List<String> groups = p.requiredList("toGroupIds", 3, ID);
    List<String> directed = p.has("toUserIds") ? p.requiredArray("toUserIds", 1000, USER_ID) : List.of();
    if (!directed.isEmpty() && groups.size() != 1) {
      throw ApiException.param("toUserIds needs exactly one group");
    }
    String channel = p.optionalString("busChannel", CHANNEL);
    if (channel != null && !channel.matches("[A-Za-z0-9]+")) {
      throw ApiException.param("busChannel: letters and digits only");
    }
    String objectName = MessageParams.objectName(p);
    String content = MessageParams.content(p, "content");
    MessageParams.flags(p, List.of("isPersisted", "isCounted", "isMentioned", "contentAvailable"),
        List.of("expansion", "disableUpdateLastMsg"));
    boolean expansion = p.optionalBool("expansion", false);
    String extra = p.optionalString("extraContent", Limit.NONE);
    Map<String, String> initial = extra == null ? Map.of() : MessageParams.expansion("extraContent", extra, 100);
    return state.once(path, from, MessageParams.msgRandom(p), () -> {
      List<Map<String, String>> uids = new ArrayList<>();
      for (String group : groups) {
        MessageState.StoredMessage m = state.store(path, 10, from, group, directed, objectName, content, channel,
            expansion, initial, p.asMap());
        uids.add(Sends.uid("groupId", group, m.messageUid()));
      }
      return Reply.ok().with("messageUIDs", uids);
    });
  }

  private Reply setExpansion(Params p) {
    String uid = p.requiredString("msgUID", Limit.NONE);
    p.requiredString("userId", USER_ID);
    int type = Integer.parseInt(p.requiredOneOf("conversationType", "1", "3"));
    String target = p.requiredString("targetId", ID);
    Map<String, String> values = MessageParams.expansion("extraKeyVal", p.requiredString("extraKeyVal", Limit.NONE), 100);
    p.optionalInt("isSyncSender", 0, 0, 1);
    state.setExpansion(uid, type, target, values);
    return Reply.ok();
  }

  private Reply deleteExpansion(Params p) {
    String uid = p.requiredString("msgUID", Limit.NONE);
    p.requiredString("userId", USER_ID);
    int type = Integer.parseInt(p.requiredOneOf("conversationType", "1", "3"));
    String target = p.requiredString("targetId", ID);
    JsonNode keys = MessageParams.array("extraKey", p.requiredString("extraKey", Limit.NONE));
    if (keys.isEmpty() || keys.size() > 100) {
      throw ApiException.param("extraKey must hold 1 to 100 keys");
    }
    List<String> list = new ArrayList<>();
    keys.forEach(k -> list.add(k.asText()));
    p.optionalInt("isSyncSender", 0, 0, 1);
    state.deleteExpansion(uid, type, target, list);
    return Reply.ok();
  }

  private Reply queryExpansion(Params p) {
    String uid = p.requiredString("msgUID", Limit.NONE);
    int pageNo = p.optionalInt("pageNo", 1, 1, Integer.MAX_VALUE);
    Map<String, Object> extra = new LinkedHashMap<>();
    state.expansionPage(uid, pageNo, 300).forEach((k, v) ->
        extra.put(k, Map.of("v", v.value(), "ts", v.setAt().toEpochMilli())));
    return Reply.ok().with("extraContent", extra);
  }

  private Reply recall(Params p) {
    String from = p.requiredString("fromUserId", USER_ID);
    int type = Integer.parseInt(p.requiredOneOf("conversationType", "1", "3", "4", "6", "10"));
    String target = p.requiredString("targetId", ID);
    String uid = p.requiredString("messageUID", Limit.NONE);
    long sentTime = p.requiredLong("sentTime", 0, Long.MAX_VALUE);
    if (sentTime == 0 && (type == 4 || type == 6 || type == 10)) {
      throw ApiException.param("sentTime is required for chatroom, system and ultra-group recalls");
    }
    p.optionalString("busChannel", CHANNEL);
    MessageParams.flags(p, List.of("isAdmin", "isDelete"), List.of("disablePush", "disableUpdateLastMsg"));
    state.recall(uid, from, type, target, sentTime, p.optionalInt("isAdmin", 0, 0, 1) == 1,
        p.optionalInt("isDelete", 0, 0, 1) == 1);
    return Reply.ok();
  }

  private Reply history(Params p) {
    String date = date(p);
    if (!state.historyLogEnabled()) {
      throw new ApiException(Codes.SERVICE_NOT_ENABLED, "message history log service not enabled for this App Key");
    }
    ZonedDateTime hour = LocalDateTime.parse(date + "0000", DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
        .atZone(context.dataCenterZone());
    var now = context.clock().now();
    boolean packaged = !hour.plusHours(1).plus(LOG_DELAY).toInstant().isAfter(now)
        && hour.toInstant().isAfter(now.minus(LOG_RETENTION)) && !state.historyLogDeleted(date);
    String url = packaged ? "https://emulator.rongcloud.invalid/history/" + date + ".zip" : "";
    return Reply.ok().with("url", url).with("date", date);
  }

  private Reply deleteHistory(Params p) {
    state.deleteHistoryLog(date(p));
    return Reply.ok();
  }

  private Reply clean(Params p) {
    int type = Integer.parseInt(p.requiredOneOf("conversationType", "1", "3", "4", "6"));
    String from = p.requiredString("fromUserId", USER_ID);
    String target = p.requiredString("targetId", ID);
    Long before = p.has("msgTimestamp") ? p.optionalLong("msgTimestamp", 0, 0, Long.MAX_VALUE) : null;
    state.clean(type, from, target, before);
    return Reply.ok();
  }

  private static String date(Params p) {
    String date = p.requiredString("date", Limit.NONE);
    try {
      if (!date.matches("\\d{10}")) {
        throw new DateTimeParseException("not YYYYMMDDHH", date, 0);
      }
      HOUR.parse(date);
      return date;
    } catch (DateTimeParseException e) {
      throw ApiException.param("date must be YYYYMMDDHH, got: " + date);
    }
  }

  private Object adminMessages(AdminRequest q) {
    String to = q.param("to");
    String from = q.param("from");
    return (to != null ? state.sentTo(to) : from != null ? state.sentBy(from) : state.messages()).stream()
        .map(m -> {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("messageUID", m.messageUid());
          json.put("path", m.path());
          json.put("conversationType", m.conversationType());
          json.put("fromUserId", m.fromUserId());
          json.put("targetId", m.targetId());
          json.put("recipients", m.recipients());
          json.put("objectName", m.objectName());
          json.put("content", m.content());
          json.put("sentTime", m.sentTime().toEpochMilli());
          json.put("recalled", state.recall(m.messageUid()).isPresent());
          json.put("params", m.params());
          return json;
        }).toList();
  }
}
