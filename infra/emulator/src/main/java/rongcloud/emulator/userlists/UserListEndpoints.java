package rongcloud.emulator.userlists;

import static rongcloud.emulator.BodyKind.FORM;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.emulator.AdminRequest;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Limit;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;
import rongcloud.emulator.userlists.UserListState.Kind;
import rongcloud.emulator.userlists.UserListState.ListPage;

/** The 8 block-list / allow-list endpoints of user-lists.yaml, plus an admin route to inspect a user's lists. */
public final class UserListEndpoints implements ApiArea {
  private static final Limit USER_ID = Limit.bytes(64);
  private static final int TARGETS_MAX = 20;
  private static final int PAGE_MAX = 1000;

  private UserListState lists;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.lists = context.register(UserListState.class, new UserListState());
    r.post("/user/blacklist/add.json", FORM, Quota.perSecond(100), p -> add(p, Kind.BLACKLIST, "blackUserId"));
    r.post("/user/blacklist/remove.json", FORM, Quota.perSecond(100), p -> remove(p, Kind.BLACKLIST, "blackUserId"));
    r.post("/user/blacklist/query.json", FORM, Quota.perSecond(100), p -> query(p, Kind.BLACKLIST));
    r.post("/user/whitesetting/set.json", FORM, Quota.perSecond(100), this::setMode);
    r.post("/user/whitesetting/query.json", FORM, Quota.perSecond(100), this::queryMode);
    r.post("/user/whitelist/add.json", FORM, Quota.perSecond(100), p -> add(p, Kind.ALLOWLIST, "whiteUserId"));
    r.post("/user/whitelist/remove.json", FORM, Quota.perSecond(100), p -> remove(p, Kind.ALLOWLIST, "whiteUserId"));
    r.post("/user/whitelist/query.json", FORM, Quota.perSecond(100), p -> query(p, Kind.ALLOWLIST));
    r.admin("GET", "/user-lists/{userId}", this::adminLists);
  }

  private Reply add(Params p, Kind kind, String field) {
    String owner = p.requiredString("userId", USER_ID);
    lists.add(kind, owner, p.requiredList(field, TARGETS_MAX, USER_ID));
    return Reply.ok();
  }

  private Reply remove(Params p, Kind kind, String field) {
    String owner = p.requiredString("userId", USER_ID);
    lists.remove(kind, owner, p.requiredList(field, TARGETS_MAX, USER_ID));
    return Reply.ok();
  }

  /** Without pageToken and size RongCloud answers the first 1000 entries unpaged (no next); else it pages. */
  private Reply query(Params p, Kind kind) {
    String owner = p.requiredString("userId", USER_ID);
    boolean paging = p.has("pageToken") || p.has("size");
    ListPage page = lists.page(kind, owner, p.optionalString("pageToken", Limit.NONE),
        p.optionalInt("size", PAGE_MAX, 1, PAGE_MAX));
    Reply reply = Reply.ok().with("users", page.userIds());
    return paging && page.next() != null ? reply.with("next", page.next()) : reply;
  }

  private Reply setMode(Params p) {
    List<String> userIds = p.requiredList("userId", TARGETS_MAX, USER_ID);
    lists.setAllowlistMode(userIds, p.requiredInt("whiteSetting", 0, 1) == 1);
    return Reply.ok();
  }

  /** whiteSetting as a string, as in the docs' example. */
  private Reply queryMode(Params p) {
    List<Map<String, String>> users = p.requiredList("userId", TARGETS_MAX, USER_ID).stream()
        .map(id -> Map.of("userId", id, "whiteSetting", lists.isAllowlistMode(id) ? "1" : "0")).toList();
    return Reply.ok().with("users", users);
  }

  private Object adminLists(AdminRequest q) {
    String userId = q.pathVariable("userId");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", userId);
    json.put("allowlistMode", lists.isAllowlistMode(userId));
    json.put("blacklist", lists.list(Kind.BLACKLIST, userId));
    json.put("allowlist", lists.list(Kind.ALLOWLIST, userId));
    return json;
  }
}
