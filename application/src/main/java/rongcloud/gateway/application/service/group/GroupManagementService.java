package rongcloud.gateway.application.service.group;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import java.util.List;
import rongcloud.gateway.application.port.in.group.GroupManagementUseCase;
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

/**
 * Orchestrates the "group" area. Commands arrive validated; this service is where quota,
 * cache and persistence steps are added around the single upstream call of each method.
 */
public final class GroupManagementService implements GroupManagementUseCase {
    private final GroupManagementPort port;
    private final QuotaGate quota;

    public GroupManagementService(GroupManagementPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void createGroup(CallContext ctx, CreateGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/create.json"));
        port.createGroup(ctx, command);
    }

    @Override
    public void dismissGroup(CallContext ctx, DismissGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/dismiss.json"));
        port.dismissGroup(ctx, command);
    }

    @Override
    public void joinGroup(CallContext ctx, JoinGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/join.json"));
        port.joinGroup(ctx, command);
    }

    @Override
    public void quitGroup(CallContext ctx, QuitGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/quit.json"));
        port.quitGroup(ctx, command);
    }

    @Override
    public List<String> listGroupMembers(CallContext ctx, ListGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/user/query.json"));
        return port.listGroupMembers(ctx, command);
    }

    @Override
    public void syncUserGroups(CallContext ctx, SyncUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/sync.json"));
        port.syncUserGroups(ctx, command);
    }

    @Override
    public Page<UserGroup> listUserGroups(CallContext ctx, ListUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/group/query.json"));
        return port.listUserGroups(ctx, command);
    }

    @Override
    public void updateGroupName(CallContext ctx, UpdateGroupNameCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/refresh.json"));
        port.updateGroupName(ctx, command);
    }
}
