package rongcloud.gateway.application.port.in.group;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.group.CreateGroupCommand;
import rongcloud.gateway.domain.group.DismissGroupCommand;
import rongcloud.gateway.domain.group.JoinGroupCommand;
import rongcloud.gateway.domain.group.ListGroupMembersCommand;
import rongcloud.gateway.domain.group.ListUserGroupsCommand;
import rongcloud.gateway.domain.group.QuitGroupCommand;
import rongcloud.gateway.domain.group.SyncUserGroupsCommand;
import rongcloud.gateway.domain.group.UpdateGroupNameCommand;
import rongcloud.gateway.domain.group.UserGroup;

/** What callers can do with legacy RongCloud groups: the incoming port of the "group" area. */
public interface GroupManagementUseCase {
    void createGroup(CallContext ctx, CreateGroupCommand command);

    void dismissGroup(CallContext ctx, DismissGroupCommand command);

    void joinGroup(CallContext ctx, JoinGroupCommand command);

    void quitGroup(CallContext ctx, QuitGroupCommand command);

    List<String> listGroupMembers(CallContext ctx, ListGroupMembersCommand command);

    void syncUserGroups(CallContext ctx, SyncUserGroupsCommand command);

    Page<UserGroup> listUserGroups(CallContext ctx, ListUserGroupsCommand command);

    void updateGroupName(CallContext ctx, UpdateGroupNameCommand command);
}
