package rongcloud.gateway.adapter.out.rest.group;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.adapter.out.rest.RongCloudTimes;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.GroupInfoEntry;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.MuteAllResponse;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.MutedMembersResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.group.AddGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.GetGroupMuteAllStatesCommand;
import rongcloud.gateway.domain.group.GroupMutePort;
import rongcloud.gateway.domain.group.ListGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.ListMuteAllGroupsCommand;
import rongcloud.gateway.domain.group.ListMutedGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteGroupMembersCommand;
import rongcloud.gateway.domain.group.MutedGroupMember;
import rongcloud.gateway.domain.group.RemoveGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.UnmuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.UnmuteGroupMembersCommand;
import rongcloud.gateway.domain.paging.Page;

/** {@link GroupMutePort} over RongCloud's REST API. */
@ApplicationScoped
public class GroupMuteRestAdapter implements GroupMutePort {
    /** RongCloud's minute=0: a permanent mute (docs; both SDKs refuse 0, the docs win). */
    private static final int PERMANENT = 0;
    private static final Class<GroupMuteClient> API = GroupMuteClient.class;

    private final RongCloudInvoker rongCloud;
    private final ZoneId zone;

    @Inject
    public GroupMuteRestAdapter(RongCloudInvoker rongCloud, RongCloudSettings settings) {
        this.rongCloud = rongCloud;
        this.zone = settings.dataCenterZone();
    }

    @Override
    public void muteGroupMembers(CallContext ctx, MuteGroupMembersCommand c) {
        int minute = c.permanent() ? PERMANENT : c.minutes();
        rongCloud.call(ctx, "/group/user/gag/add.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.muteMembers(rid, c.userIds(), c.groupId().orElse(null), minute));
    }

    @Override
    public void unmuteGroupMembers(CallContext ctx, UnmuteGroupMembersCommand c) {
        rongCloud.call(ctx, "/group/user/gag/rollback.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.unmuteMembers(rid, c.userIds(), c.groupId().orElse(null)));
    }

    @Override
    public List<MutedGroupMember> listMutedGroupMembers(CallContext ctx, ListMutedGroupMembersCommand c) {
        MutedMembersResponse r = rongCloud.call(ctx, "/group/user/gag/list.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.listMutedMembers(rid, c.groupId().orElse(null)));
        return r.users() == null ? List.of() : r.users().stream()
                .map(u -> new MutedGroupMember(u.userId(), RongCloudTimes.parse(u.startTime(), zone),
                        RongCloudTimes.parse(u.time(), zone)))
                .toList();
    }

    @Override
    public void muteAllGroupMembers(CallContext ctx, MuteAllGroupMembersCommand c) {
        rongCloud.call(ctx, "/group/ban/add.json", UpstreamCallKind.SETTING, API, (api, rid) -> api.muteAll(rid, c.groupIds()));
    }

    @Override
    public void unmuteAllGroupMembers(CallContext ctx, UnmuteAllGroupMembersCommand c) {
        rongCloud.call(ctx, "/group/ban/rollback.json", UpstreamCallKind.SETTING, API, (api, rid) -> api.unmuteAll(rid, c.groupIds()));
    }

    @Override
    public Map<String, Boolean> getGroupMuteAllStates(CallContext ctx, GetGroupMuteAllStatesCommand c) {
        MuteAllResponse r = rongCloud.call(ctx, "/group/ban/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.queryMuteAll(rid, c.groupIds()));
        Map<String, Boolean> states = new LinkedHashMap<>();
        c.groupIds().forEach(id -> states.put(id, false));
        if (r.groupinfo() != null) {
            r.groupinfo().stream().filter(g -> states.containsKey(g.groupId()))
                    .forEach(g -> states.put(g.groupId(), muted(g)));
        }
        return states;
    }

    @Override
    public Page<String> listMuteAllGroups(CallContext ctx, ListMuteAllGroupsCommand c) {
        MuteAllResponse r = rongCloud.call(ctx, "/group/ban/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.pageMuteAll(rid, c.page().page(), c.page().size()));
        List<GroupInfoEntry> all = r.groupinfo() == null ? List.of() : r.groupinfo();
        // the page's fill decides whether another follows; entries with stat 0 are not listed
        Page<GroupInfoEntry> raw = Page.of(all, c.page());
        return new Page<>(all.stream().filter(GroupMuteRestAdapter::muted).map(GroupInfoEntry::groupId).toList(),
                raw.nextPageToken());
    }

    @Override
    public void addGroupMuteWhitelist(CallContext ctx, AddGroupMuteWhitelistCommand c) {
        rongCloud.call(ctx, "/group/user/ban/whitelist/add.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.addWhitelist(rid, c.userIds(), c.groupId()));
    }

    @Override
    public void removeGroupMuteWhitelist(CallContext ctx, RemoveGroupMuteWhitelistCommand c) {
        rongCloud.call(ctx, "/group/user/ban/whitelist/rollback.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.removeWhitelist(rid, c.userIds(), c.groupId()));
    }

    @Override
    public List<String> listGroupMuteWhitelist(CallContext ctx, ListGroupMuteWhitelistCommand c) {
        List<String> ids = rongCloud.call(ctx, "/group/user/ban/whitelist/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.listWhitelist(rid, c.groupId())).userIds();
        return ids == null ? List.of() : List.copyOf(ids);
    }

    private static boolean muted(GroupInfoEntry g) {
        return g.stat() != null && g.stat() == 1;
    }
}
