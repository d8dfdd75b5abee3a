package rongcloud.gateway.domain.group;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/**
 * RongCloud's group-mute capability (catalog area "group-mute"), one method per documented endpoint
 * (two for /group/ban/query.json, which either checks given groups or lists them all).
 */
public interface GroupMutePort {
    /** /group/user/gag/add.json */
    void muteGroupMembers(CallContext ctx, MuteGroupMembersCommand command);

    /** /group/user/gag/rollback.json */
    void unmuteGroupMembers(CallContext ctx, UnmuteGroupMembersCommand command);

    /** /group/user/gag/list.json */
    List<MutedGroupMember> listMutedGroupMembers(CallContext ctx, ListMutedGroupMembersCommand command);

    /** /group/ban/add.json */
    void muteAllGroupMembers(CallContext ctx, MuteAllGroupMembersCommand command);

    /** /group/ban/rollback.json */
    void unmuteAllGroupMembers(CallContext ctx, UnmuteAllGroupMembersCommand command);

    /** /group/ban/query.json with groupId; every asked group id is a key. */
    Map<String, Boolean> getGroupMuteAllStates(CallContext ctx, GetGroupMuteAllStatesCommand command);

    /** /group/ban/query.json with page and size. */
    Page<String> listMuteAllGroups(CallContext ctx, ListMuteAllGroupsCommand command);

    /** /group/user/ban/whitelist/add.json */
    void addGroupMuteWhitelist(CallContext ctx, AddGroupMuteWhitelistCommand command);

    /** /group/user/ban/whitelist/rollback.json */
    void removeGroupMuteWhitelist(CallContext ctx, RemoveGroupMuteWhitelistCommand command);

    /** /group/user/ban/whitelist/query.json */
    List<String> listGroupMuteWhitelist(CallContext ctx, ListGroupMuteWhitelistCommand command);
}
