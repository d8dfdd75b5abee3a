package rongcloud.emulator.group;

import static rongcloud.emulator.BodyKind.FORM;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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

/** The 8 legacy group endpoints of group.yaml, plus an admin route to inspect a group. */
public final class GroupEndpoints implements ApiArea {
  static final Limit USER_ID = Limit.bytes(64);
  static final Limit GROUP_ID = Limit.bytes(64);
  /** Undocumented; the widest SDK bound (server-sdk-java allows 255, server-sdk-go says 64). */
  static final Limit GROUP_NAME = Limit.chars(255);
  private static final Pattern GROUP_ID_CHARS = Pattern.compile("[A-Za-z0-9]+");
  private static final Pattern SYNC_FIELD = Pattern.compile("group\\[(.*)]");
  private static final int MEMBERS_PER_REQUEST = 1000;
  private static final int UNPAGED_GROUPS = 5000;

  private GroupState groups;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.groups = context.register(GroupState.class, new GroupState(context));
    r.post("/group/create.json", FORM, Quota.perSecond(100), this::create);
    r.post("/group/dismiss.json", FORM, Quota.perSecond(100), this::dismiss);
    r.post("/group/join.json", FORM, Quota.perSecond(100), this::join);
    r.post("/group/quit.json", FORM, Quota.perSecond(100), this::quit);
    r.post("/group/user/query.json", FORM, Quota.perSecond(100), this::members);
    r.post("/group/sync.json", FORM, Quota.perSecond(100), this::sync);
    r.post("/user/group/query.json", FORM, Quota.perSecond(100), this::userGroups);
    r.post("/group/refresh.json", FORM, Quota.perSecond(100), this::refresh);
    r.admin("GET", "/groups/{groupId}", this::adminGroup);
  }

  /** A group id where a group may come into being: letters and digits, at most 64 (documented for create). */
  private static String newGroupId(String groupId) {
    GROUP_ID.check("groupId", groupId);
    if (!GROUP_ID_CHARS.matcher(groupId).matches()) {
      throw ApiException.param("groupId may only hold letters and digits: " + groupId);
    }
    return groupId;
  }

  private Reply create(Params p) {
    List<String> userIds = p.requiredList("userId", MEMBERS_PER_REQUEST, USER_ID);
    String groupId = newGroupId(p.requiredString("groupId", GROUP_ID));
    groups.join(groupId, userIds, p.requiredString("groupName", GROUP_NAME));
    return Reply.ok();
  }

  private Reply dismiss(Params p) {
    p.requiredString("userId", USER_ID); // the operator: any user id is accepted (docs)
    groups.dismiss(p.requiredString("groupId", GROUP_ID));
    return Reply.ok();
  }

  private Reply join(Params p) {
    List<String> userIds = p.requiredList("userId", MEMBERS_PER_REQUEST, USER_ID);
    String groupId = newGroupId(p.requiredString("groupId", GROUP_ID));
    groups.join(groupId, userIds, p.optionalString("groupName", GROUP_NAME));
    return Reply.ok();
  }

  private Reply quit(Params p) {
    List<String> userIds = p.requiredList("userId", MEMBERS_PER_REQUEST, USER_ID);
    groups.quit(p.requiredString("groupId", GROUP_ID), userIds);
    return Reply.ok();
  }

  private Reply members(Params p) {
    List<Map<String, String>> users = groups.members(p.requiredString("groupId", GROUP_ID)).stream()
        .map(id -> Map.of("id", id)).toList();
    return Reply.ok().with("users", users);
  }

  private Reply sync(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    Map<String, String> wanted = new LinkedHashMap<>();
    p.asMap().forEach((name, values) -> {
      Matcher m = SYNC_FIELD.matcher(name);
      if (m.matches()) {
        String groupId = newGroupId(m.group(1));
        String groupName = values.isEmpty() ? "" : values.get(0);
        if (groupName.isEmpty()) {
          throw ApiException.param(name + " needs the group name as its value");
        }
        GROUP_NAME.check(name, groupName);
        wanted.put(groupId, groupName);
      }
    });
    groups.sync(userId, wanted);
    return Reply.ok();
  }

  private Reply userGroups(Params p) {
    String userId = p.requiredString("userId", USER_ID);
    int page = p.optionalInt("page", 0, 0, Integer.MAX_VALUE);
    int size = p.optionalInt("size", 50, 1, 1000);
    List<Map.Entry<String, String>> all = groups.groupsOf(userId);
    long from = page == 0 ? 0 : (long) (page - 1) * size;
    long to = Math.min(all.size(), page == 0 ? UNPAGED_GROUPS : from + size);
    List<Map<String, String>> listed = from >= to ? List.of() : all.subList((int) from, (int) to).stream()
        .map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList();
    return Reply.ok().with("groups", listed);
  }

  private Reply refresh(Params p) {
    String groupId = p.requiredString("groupId", GROUP_ID);
    groups.rename(groupId, p.requiredString("groupName", GROUP_NAME));
    return Reply.ok();
  }

  private Object adminGroup(AdminRequest q) {
    String groupId = q.pathVariable("groupId");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("groupId", groupId);
    json.put("exists", groups.exists(groupId));
    json.put("name", groups.name(groupId).orElse(null));
    json.put("members", groups.memberIds(groupId));
    json.put("mutedUsers", groups.mutes(groupId).stream().map(GroupState.Mute::userId).toList());
    json.put("mutedAll", groups.isMutedAll(groupId));
    json.put("allowList", groups.allowList(groupId));
    return json;
  }
}
