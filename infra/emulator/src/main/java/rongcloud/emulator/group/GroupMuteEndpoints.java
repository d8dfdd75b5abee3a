package rongcloud.emulator.group;

import static rongcloud.emulator.BodyKind.FORM;
import static rongcloud.emulator.group.GroupEndpoints.GROUP_ID;
import static rongcloud.emulator.group.GroupEndpoints.USER_ID;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.emulator.ApiArea;
import rongcloud.emulator.EmulatorContext;
import rongcloud.emulator.Params;
import rongcloud.emulator.Quota;
import rongcloud.emulator.Reply;
import rongcloud.emulator.Router;

/** The 9 group-mute endpoints of group-mute.yaml, on the {@link GroupState} installed by {@link GroupEndpoints}. */
public final class GroupMuteEndpoints implements ApiArea {
  private static final int MAX_IDS = 20;
  private static final int MAX_MINUTES = 43_200;

  private EmulatorContext context;
  private GroupState groups;

  @Override
  public void install(EmulatorContext context, Router r) {
    this.context = context;
    this.groups = context.state(GroupState.class);
    r.post("/group/user/gag/add.json", FORM, Quota.perSecond(100), this::mute);
    r.post("/group/user/gag/rollback.json", FORM, Quota.perSecond(100), this::unmute);
    r.post("/group/user/gag/list.json", FORM, Quota.perSecond(100), this::muted);
    r.post("/group/ban/add.json", FORM, Quota.perSecond(100), p -> muteAll(p, true));
    r.post("/group/ban/rollback.json", FORM, Quota.perSecond(100), p -> muteAll(p, false));
    r.post("/group/ban/query.json", FORM, Quota.perSecond(100), this::queryMuteAll);
    r.post("/group/user/ban/whitelist/add.json", FORM, Quota.perSecond(100), this::allow);
    r.post("/group/user/ban/whitelist/rollback.json", FORM, Quota.perSecond(100), this::disallow);
    r.post("/group/user/ban/whitelist/query.json", FORM, Quota.perSecond(100), this::allowList);
  }

  private Reply mute(Params p) {
    List<String> userIds = p.requiredList("userId", MAX_IDS, USER_ID);
    String groupId = p.optionalString("groupId", GROUP_ID);
    int minute = p.requiredInt("minute", 0, MAX_MINUTES); // 0 = permanent (docs; the SDKs refuse 0)
    groups.mute(groupId, userIds, minute == 0 ? null : Duration.ofMinutes(minute));
    return Reply.ok();
  }

  private Reply unmute(Params p) {
    List<String> userIds = p.requiredList("userId", MAX_IDS, USER_ID);
    groups.unmute(p.optionalString("groupId", GROUP_ID), userIds);
    return Reply.ok();
  }

  /** A permanent mute has no end: {@code time} is empty (undocumented, a choice). */
  private Reply muted(Params p) {
    List<Map<String, String>> users = groups.mutes(p.optionalString("groupId", GROUP_ID)).stream()
        .map(m -> Map.of("userId", m.userId(), "startTime", context.formatTime(m.start()),
            "time", m.end() == null ? "" : context.formatTime(m.end())))
        .toList();
    return Reply.ok().with("users", users);
  }

  private Reply muteAll(Params p, boolean muted) {
    groups.muteAll(p.requiredList("groupId", MAX_IDS, GROUP_ID), muted);
    return Reply.ok();
  }

  /** With page or size: every mute-all group, paged (groupId ignored); else the state of each given group. */
  private Reply queryMuteAll(Params p) {
    List<String> ids;
    if (p.has("page") || p.has("size") || !p.has("groupId")) {
      int page = p.optionalInt("page", 1, 1, Integer.MAX_VALUE);
      int size = p.optionalInt("size", 50, 1, 200);
      List<String> all = groups.mutedAllGroups();
      long from = (long) (page - 1) * size;
      ids = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    } else {
      ids = p.requiredList("groupId", MAX_IDS, GROUP_ID);
    }
    List<Map<String, Object>> info = ids.stream().map(id -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("groupId", id);
      entry.put("stat", groups.isMutedAll(id) ? 1 : 0);
      return entry;
    }).toList();
    return Reply.ok().with("groupinfo", info);
  }

  private Reply allow(Params p) {
    List<String> userIds = p.requiredList("userId", MAX_IDS, USER_ID);
    groups.allow(p.requiredString("groupId", GROUP_ID), userIds);
    return Reply.ok();
  }

  private Reply disallow(Params p) {
    List<String> userIds = p.requiredList("userId", MAX_IDS, USER_ID);
    groups.disallow(p.requiredString("groupId", GROUP_ID), userIds);
    return Reply.ok();
  }

  private Reply allowList(Params p) {
    return Reply.ok().with("userIds", groups.allowList(p.requiredString("groupId", GROUP_ID)));
  }
}
