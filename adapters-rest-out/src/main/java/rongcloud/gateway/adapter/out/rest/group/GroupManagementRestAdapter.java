package rongcloud.gateway.adapter.out.rest.group;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.MembersResponse;
import rongcloud.gateway.adapter.out.rest.group.GroupDtos.UserGroupsResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.group.CreateGroupCommand;
import rongcloud.gateway.domain.group.DismissGroupCommand;
import rongcloud.gateway.domain.group.GroupManagementPort;
import rongcloud.gateway.domain.group.JoinGroupCommand;
import rongcloud.gateway.domain.group.ListGroupMembersCommand;
import rongcloud.gateway.domain.group.ListUserGroupsCommand;
import rongcloud.gateway.domain.group.QuitGroupCommand;
import rongcloud.gateway.domain.group.SyncUserGroupsCommand;
import rongcloud.gateway.domain.group.UpdateGroupNameCommand;
import rongcloud.gateway.domain.group.UserGroup;
import rongcloud.gateway.domain.paging.Page;

/** {@link GroupManagementPort} over RongCloud's REST API. */
@ApplicationScoped
public class GroupManagementRestAdapter implements GroupManagementPort {
    private static final Class<GroupManagementClient> API = GroupManagementClient.class;

    private final RongCloudInvoker rongCloud;

    @Inject
    public GroupManagementRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public void createGroup(CallContext ctx, CreateGroupCommand c) {
        rongCloud.call(ctx, "/group/create.json", UpstreamCallKind.MUTATION, API,
                (api, rid) -> api.createGroup(rid, c.userIds(), c.groupId(), c.groupName()));
    }

    @Override
    public void dismissGroup(CallContext ctx, DismissGroupCommand c) {
        rongCloud.call(ctx, "/group/dismiss.json", UpstreamCallKind.MUTATION, API,
                (api, rid) -> api.dismissGroup(rid, c.operatorUserId(), c.groupId()));
    }

    @Override
    public void joinGroup(CallContext ctx, JoinGroupCommand c) {
        rongCloud.call(ctx, "/group/join.json", UpstreamCallKind.MUTATION, API,
                (api, rid) -> api.joinGroup(rid, c.userIds(), c.groupId(), c.groupName().orElse(null)));
    }

    @Override
    public void quitGroup(CallContext ctx, QuitGroupCommand c) {
        rongCloud.call(ctx, "/group/quit.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.quitGroup(rid, c.userIds(), c.groupId()));
    }

    @Override
    public List<String> listGroupMembers(CallContext ctx, ListGroupMembersCommand c) {
        MembersResponse r = rongCloud.call(ctx, "/group/user/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.listGroupMembers(rid, c.groupId()));
        return r.users() == null ? List.of() : r.users().stream().map(GroupDtos.MemberEntry::id).toList();
    }

    @Override
    public void syncUserGroups(CallContext ctx, SyncUserGroupsCommand c) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("userId", c.userId());
        // the docs win over both SDKs (which refuse it): no group[...] field removes every membership
        c.groups().forEach(g -> form.add("group[" + g.groupId() + "]", g.groupName()));
        rongCloud.call(ctx, "/group/sync.json", UpstreamCallKind.SETTING, API, (api, rid) -> api.syncUserGroups(rid, form));
    }

    @Override
    public Page<UserGroup> listUserGroups(CallContext ctx, ListUserGroupsCommand c) {
        // page >= 1 always: page 0 would switch RongCloud to its unpaged "first 5000" mode
        UserGroupsResponse r = rongCloud.call(ctx, "/user/group/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.listUserGroups(rid, c.userId(), c.page().page(), c.page().size()));
        List<UserGroup> groups = r.groups() == null ? List.of() : r.groups().stream()
                .map(g -> new UserGroup(g.id(), g.name() == null ? "" : g.name())).toList();
        return Page.of(groups, c.page());
    }

    @Override
    public void updateGroupName(CallContext ctx, UpdateGroupNameCommand c) {
        rongCloud.call(ctx, "/group/refresh.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.updateGroupName(rid, c.groupId(), c.groupName()));
    }
}
