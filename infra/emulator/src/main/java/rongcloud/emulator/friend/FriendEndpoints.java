package rongcloud.emulator.friend;

import static rongcloud.emulator.BodyKind.FORM;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import rongcloud.emulator.AdminRequest;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.ApiException;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Json;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;
import rongcloud.emulator.user.UserSnapshot;
import rongcloud.emulator.user.UserState;
import rongcloud.emulator.userprofile.UserProfileState;

/** The 8 friend endpoints of friend.yaml, plus admin routes to inspect friends and accept friend requests. */
public final class FriendEndpoints implements ApiArea {
  private static final Limit USER_ID = Limit.bytes(64);
  private static final Limit EXTRA = Limit.chars(128);
  private static final Limit REMARK = Limit.chars(64);
  private static final Pattern EXT_KEY = Pattern.compile("ext_[a-z0-9_]+");
  private static final Limit EXT_KEY_LENGTH = Limit.chars(32);
  private static final Limit EXT_VALUE = Limit.chars(256);
  private static final int EXT_MAX = 10;
  private static final int IDS_MAX = 100;
  /** The detail pages count a batch call once per id (10 ids = 10 calls); an oversized one is charged the maximum. */
  private static final Quota PER_TARGET = Quota.perSecond(100).costing(p -> Math.min(p.commaCount("targetIds"), IDS_MAX));
  private static final Quota PER_USER = Quota.perSecond(100).costing(p -> Math.min(p.commaCount("userIds"), IDS_MAX));

  private FriendState friends;
  private UserState users;
  private UserProfileState profiles;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.friends = context.register(FriendState.class, new FriendState(context.clock()));
    this.users = context.state(UserState.class);
    this.profiles = context.state(UserProfileState.class);
    r.post("/friend/add.json", FORM, Quota.perSecond(100), this::add);
    r.post("/friend/delete.json", FORM, PER_TARGET, this::delete);
    r.post("/friend/clean.json", FORM, Quota.perSecond(100), this::clean);
    r.post("/friend/profile/set.json", FORM, Quota.perSecond(100), this::setProfile);
    r.post("/friend/get.json", FORM, Quota.perSecond(100), this::get);
    r.post("/friend/check.json", FORM, PER_TARGET, this::check);
    r.post("/friend/permission/set.json", FORM, PER_USER, this::setPermission);
    r.post("/friend/permission/get.json", FORM, PER_USER, this::getPermission);
    r.admin("GET", "/friends/{userId}", this::adminFriends);
    r.admin("POST", "/friends/{userId}/requests/{requesterId}/accept", this::adminAccept);
  }

  private Reply add(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    String targetId = p.requiredString("targetId", USER_ID);
    if (userId.equals(targetId)) {
      throw ApiException.param("targetId must differ from userId");
    }
    boolean direct = p.optionalInt("optType", 1, 1, 2) == 2;
    friends.add(userId, targetId, direct, p.optionalString("extra", EXTRA));
    return Reply.ok();
  }

  private Reply delete(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    friends.delete(userId, p.requiredCommaList("targetIds", IDS_MAX, USER_ID));
    return Reply.ok();
  }

  private Reply clean(Params p) {
    friends.clean(p.requiredString("userId", USER_ID));
    return Reply.ok();
  }

  /** remarkName sent empty clears the remark; not sent keeps it. */
  private Reply setProfile(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    String targetId = p.requiredString("targetId", USER_ID);
    String remark = p.sent("remarkName") ? p.optionalString("remarkName", REMARK) : null;
    ObjectNode ext = p.optionalJsonObject("friendExtProfile");
    friends.setProfile(userId, targetId, remark == null && p.sent("remarkName") ? "" : remark,
        ext == null ? Map.of() : ext(ext));
    return Reply.ok();
  }

  /** pageToken answers with the next page's token, empty on the last page (a choice: the docs do not say). */
  private Reply get(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    FriendState.FriendPage page = friends.page(userId, p.optionalString("pageToken", Limit.NONE),
        p.optionalInt("size", 50, 1, 100), p.optionalInt("order", 0, 0, 1) == 1);
    List<Map<String, Object>> list = page.friends().stream().map(f -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("userId", f.friendId());
      json.put("name", name(f.friendId()));
      json.put("remarkName", f.remarkName());
      json.put("friendExtProfile", Json.text(f.ext()));
      json.put("time", f.since().toEpochMilli());
      return json;
    }).toList();
    return Reply.ok().with("pageToken", page.next() == null ? "" : page.next())
        .with("totalCount", page.total()).with("friendList", list);
  }

  private Reply check(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    List<Map<String, Object>> results = p.requiredCommaList("targetIds", IDS_MAX, USER_ID).stream()
        .map(t -> Map.<String, Object>of("userId", t, "result", friends.areFriends(userId, t) ? 4 : 1)).toList();
    return Reply.ok().with("results", results);
  }

  private Reply setPermission(Params p) {
    List<String> userIds = p.requiredCommaList("userIds", IDS_MAX, USER_ID);
    friends.setPermission(userIds, p.requiredInt("permissionType", 1, 3));
    return Reply.ok();
  }

  private Reply getPermission(Params p) {
    List<Map<String, Object>> settings = p.requiredCommaList("userIds", IDS_MAX, USER_ID).stream()
        .map(id -> Map.<String, Object>of("userId", id, "type", friends.permission(id))).toList();
    return Reply.ok().with("permissionSettings", settings);
  }

  /** The hosted profile's name, else the registered push name, else empty. */
  private String name(String userId) {
    return profiles.name(userId).orElseGet(() -> users.find(userId).map(UserSnapshot::name).orElse(""));
  }

  private static Map<String, String> ext(ObjectNode ext) {
    if (ext.size() > EXT_MAX) {
      throw ApiException.param("friendExtProfile holds more than " + EXT_MAX + " keys");
    }
    Map<String, String> values = new LinkedHashMap<>();
    ext.fields().forEachRemaining(f -> {
      if (!EXT_KEY.matcher(f.getKey()).matches() || !f.getValue().isTextual()) {
        throw ApiException.param("friendExtProfile: keys are ext_ + lower-case letters, digits or '_', values strings: "
            + f.getKey());
      }
      EXT_KEY_LENGTH.check("friendExtProfile key", f.getKey());
      EXT_VALUE.check("friendExtProfile." + f.getKey(), f.getValue().asText());
      values.put(f.getKey(), f.getValue().asText());
    });
    return values;
  }

  private Object adminFriends(AdminRequest q) {
    String userId = q.pathVariable("userId");
    FriendState.FriendPage all = friends.page(userId, null, Integer.MAX_VALUE, false);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", userId);
    json.put("permission", friends.permission(userId));
    json.put("friends", all.friends().stream().map(FriendState.Friendship::friendId).toList());
    json.put("pendingRequests", friends.pendingRequests(userId));
    return json;
  }

  private Object adminAccept(AdminRequest q) {
    try {
      friends.accept(q.pathVariable("userId"), q.pathVariable("requesterId"));
    } catch (IllegalStateException e) {
      throw AdminRequest.notFound(e.getMessage());
    }
    return Map.of("code", 200);
  }
}
