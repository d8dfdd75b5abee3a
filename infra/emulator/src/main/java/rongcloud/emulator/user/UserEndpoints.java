package rongcloud.emulator.user;

import static rongcloud.emulator.BodyKind.FORM;
import static rongcloud.emulator.BodyKind.JSON;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import rongcloud.emulator.AdminRequest;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;

/** The 16 user-management endpoints of user.yaml, plus admin routes to inspect users and simulate connections. */
public final class UserEndpoints implements ApiArea {
  /** userId: at most 64 bytes everywhere (the docs state it for getToken/refresh; applied to all, a choice). */
  private static final Limit USER_ID = Limit.bytes(64);
  private static final Limit NAME = Limit.chars(64);
  private static final Limit PORTRAIT = Limit.bytes(1024);
  private static final Limit TAG = Limit.bytes(40);
  /** Letters and digits, plus the '+', '=', '-', '_' older docs allowed (checked on registration only, a choice). */
  private static final Pattern USER_ID_CHARS = Pattern.compile("[A-Za-z0-9+=_-]+");
  private static final int UNPAGED_BANS = 1000;
  /** "100 users/second": each ID costs one; an oversized request is charged the maximum, then refused with 1002. */
  private static final Quota USERS_PER_SECOND = Quota.perSecond(100)
      .costing(p -> Math.min(p.commaCount("userId"), 100));

  private EmulatorContext context;
  private UserState users;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.context = context;
    this.users = context.register(UserState.class, new UserState(context));
    r.post("/user/getToken.json", FORM, Quota.perSecond(200), this::register);
    r.post("/user/token/expire.json", FORM, Quota.perSecond(100), this::expireTokens);
    r.post("/user/info.json", FORM, Quota.perSecond(100), this::info);
    r.post("/user/refresh.json", FORM, Quota.perSecond(100), this::refresh);
    r.post("/user/deactivate.json", FORM, USERS_PER_SECOND, this::deactivate);
    r.post("/user/deactivate/query.json", FORM, Quota.perSecond(100), this::queryDeactivated);
    r.post("/user/reactivate.json", FORM, USERS_PER_SECOND, this::reactivate);
    r.post("/user/block.json", FORM, Quota.perSecond(100), this::block);
    r.post("/user/unblock.json", FORM, Quota.perSecond(100), this::unblock);
    r.post("/user/block/query.json", FORM, Quota.perSecond(100), this::queryBlocked);
    r.post("/user/checkOnline.json", FORM, Quota.perSecond(100), this::checkOnline);
    r.post("/user/chat/fb/set.json", FORM, Quota.perSecond(100), this::setPrivateChatMute);
    r.post("/user/chat/fb/querylist.json", FORM, Quota.perSecond(100), this::queryPrivateChatMuted);
    r.post("/user/tag/set.json", JSON, Quota.perSecond(100), this::setTags);
    r.post("/user/tag/batch/set.json", JSON, Quota.perSecond(10), this::batchSetTags);
    r.post("/user/tags/get.json", FORM, Quota.perSecond(100), this::getTags);
    r.admin("GET", "/users/{userId}", this::adminUser);
    r.admin("POST", "/users/{userId}/online", this::adminOnline);
  }

  private Reply register(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    if (!USER_ID_CHARS.matcher(userId).matches()) {
      throw ApiException.param("userId may only hold letters, digits, '+', '=', '-' and '_': " + userId);
    }
    String token = users.register(userId, p.requiredString("name", NAME), p.optionalString("portraitUri", PORTRAIT));
    return Reply.ok().with("userId", userId).with("token", token);
  }

  private Reply expireTokens(Params p) {
    List<String> userIds = p.requiredList("userId", 20, USER_ID);
    users.expireTokens(userIds, Instant.ofEpochMilli(p.requiredLong("time", 0, Long.MAX_VALUE)));
    return Reply.ok();
  }

  private Reply info(Params p) {
    UserSnapshot user = users.profile(p.requiredString("userId", USER_ID));
    return Reply.ok().with("userName", user.name()).with("userPortrait", user.portraitUri())
        .with("createTime", context.formatTime(user.createTime()));
  }

  private Reply refresh(Params p) {
    users.refresh(p.requiredString("userId", USER_ID), p.optionalString("name", NAME),
        p.optionalString("portraitUri", PORTRAIT));
    return Reply.ok();
  }

  private Reply deactivate(Params p) {
    return Reply.ok().with("operateId", users.deactivate(p.requiredCommaList("userId", 100, USER_ID)));
  }

  private Reply queryDeactivated(Params p) {
    int pageNo = p.optionalInt("pageNo", 1, 1, Integer.MAX_VALUE);
    int pageSize = p.optionalInt("pageSize", 50, 1, 50);
    return Reply.ok().with("users", users.deactivatedUsers(pageNo, pageSize));
  }

  private Reply reactivate(Params p) {
    return Reply.ok().with("operateId", users.reactivate(p.requiredCommaList("userId", 100, USER_ID)));
  }

  private Reply block(Params p) {
    List<String> userIds = p.requiredList("userId", 20, USER_ID);
    users.block(userIds, Duration.ofMinutes(p.requiredInt("minute", 1, 43200)));
    return Reply.ok();
  }

  private Reply unblock(Params p) {
    users.unblock(p.requiredList("userId", 20, USER_ID));
    return Reply.ok();
  }

  private Reply queryBlocked(Params p) {
    int page = p.optionalInt("page", 0, 0, Integer.MAX_VALUE);
    int size = p.optionalInt("size", 50, 1, Integer.MAX_VALUE); // no maximum documented
    List<UserState.Ban> bans = users.bans();
    long from = page == 0 ? 0 : (long) (page - 1) * size;
    long to = Math.min(bans.size(), page == 0 ? UNPAGED_BANS : from + size);
    List<Map<String, String>> listed = from >= to ? List.of() : bans.subList((int) from, (int) to).stream()
        .map(b -> Map.of("userId", b.userId(), "blockEndTime", context.formatTime(b.until()))).toList();
    return Reply.ok().with("users", listed);
  }

  private Reply checkOnline(Params p) {
    return Reply.ok().with("status", users.isOnline(p.requiredString("userId", USER_ID)) ? "1" : "0");
  }

  private Reply setPrivateChatMute(Params p) {
    List<String> userIds = p.requiredList("userId", 1000, USER_ID);
    int state = p.requiredInt("state", 0, 1);
    p.requiredOneOf("type", "PERSON");
    users.setPrivateChatMuted(userIds, state == 1);
    return Reply.ok();
  }

  private Reply queryPrivateChatMuted(Params p) {
    int num = p.optionalInt("num", 100, 1, 200);
    int offset = p.optionalInt("offset", 0, 0, Integer.MAX_VALUE);
    p.requiredOneOf("type", "PERSON");
    return Reply.ok().with("total", users.mutedCount()).with("users", users.mutedUsers(offset, num));
  }

  private Reply setTags(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    users.setTags(List.of(userId), p.requiredArray("tags", 20, TAG));
    return Reply.ok();
  }

  private Reply batchSetTags(Params p) {
    List<String> userIds = p.requiredList("userIds", 1000, USER_ID);
    users.setTags(userIds, p.requiredArray("tags", 20, TAG));
    return Reply.ok();
  }

  private Reply getTags(Params p) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    p.requiredList("userIds", 50, USER_ID).forEach(userId -> result.put(userId, users.tags(userId)));
    return Reply.ok().with("result", result);
  }

  private Object adminUser(AdminRequest q) {
    String userId = q.pathVariable("userId");
    UserSnapshot u = users.find(userId).orElseThrow(() -> AdminRequest.notFound("unknown user " + userId));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", u.userId());
    json.put("registered", u.registered());
    json.put("name", u.name());
    json.put("portraitUri", u.portraitUri());
    json.put("createTime", text(u.createTime()));
    json.put("tokens", u.tokens().stream().map(UserEndpoints::tokenJson).toList());
    json.put("blockedUntil", text(u.blockedUntil()));
    json.put("deactivated", u.deactivated());
    json.put("deactivatedAt", text(u.deactivatedAt()));
    json.put("tags", u.tags());
    json.put("privateChatMuted", u.privateChatMuted());
    json.put("online", u.online());
    return json;
  }

  private Object adminOnline(AdminRequest q) {
    String userId = q.pathVariable("userId");
    boolean online = q.booleanParam("online");
    try {
      users.setOnline(userId, online);
    } catch (IllegalStateException e) {
      throw AdminRequest.error(409, e.getMessage());
    }
    return Map.of("code", 200, "userId", userId, "online", online);
  }

  private static Map<String, Object> tokenJson(UserSnapshot.Token token) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("token", token.token());
    json.put("issuedAt", token.issuedAt().toString());
    json.put("issuedAtMillis", token.issuedAt().toEpochMilli());
    json.put("valid", token.valid());
    return json;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
