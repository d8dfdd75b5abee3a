package rongcloud.gateway.application.service.group;

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

    public GroupManagementService(GroupManagementPort port) {
        this.port = port;
    }

    @Override
    public void createGroup(CallContext ctx, CreateGroupCommand command) {
        port.createGroup(ctx, command);
    }

    @Override
    public void dismissGroup(CallContext ctx, DismissGroupCommand command) {
        port.dismissGroup(ctx, command);
    }

    @Override
    public void joinGroup(CallContext ctx, JoinGroupCommand command) {
        port.joinGroup(ctx, command);
    }

    @Override
    public void quitGroup(CallContext ctx, QuitGroupCommand command) {
        port.quitGroup(ctx, command);
    }

    @Override
    public List<String> listGroupMembers(CallContext ctx, ListGroupMembersCommand command) {
        return port.listGroupMembers(ctx, command);
    }

    @Override
    public void syncUserGroups(CallContext ctx, SyncUserGroupsCommand command) {
        port.syncUserGroups(ctx, command);
    }

    @Override
    public Page<UserGroup> listUserGroups(CallContext ctx, ListUserGroupsCommand command) {
        return port.listUserGroups(ctx, command);
    }

    @Override
    public void updateGroupName(CallContext ctx, UpdateGroupNameCommand command) {
        port.updateGroupName(ctx, command);
    }
}
