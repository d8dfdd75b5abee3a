package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/**
 * RongCloud's legacy group capability (catalog area "group"), one method per documented endpoint.
 * Implemented by the outbound REST adapter; failures are {@code GatewayException}s.
 */
public interface GroupManagementPort {
    /** /group/create.json */
    void createGroup(CallContext ctx, CreateGroupCommand command);

    /** /group/dismiss.json */
    void dismissGroup(CallContext ctx, DismissGroupCommand command);

    /** /group/join.json */
    void joinGroup(CallContext ctx, JoinGroupCommand command);

    /** /group/quit.json */
    void quitGroup(CallContext ctx, QuitGroupCommand command);

    /** /group/user/query.json */
    List<String> listGroupMembers(CallContext ctx, ListGroupMembersCommand command);

    /** /group/sync.json */
    void syncUserGroups(CallContext ctx, SyncUserGroupsCommand command);

    /** /user/group/query.json */
    Page<UserGroup> listUserGroups(CallContext ctx, ListUserGroupsCommand command);

    /** /group/refresh.json */
    void updateGroupName(CallContext ctx, UpdateGroupNameCommand command);
}
