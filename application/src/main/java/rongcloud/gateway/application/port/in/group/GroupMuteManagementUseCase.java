package rongcloud.gateway.application.port.in.group;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.group.AddGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.GetGroupMuteAllStatesCommand;
import rongcloud.gateway.domain.group.ListGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.ListMuteAllGroupsCommand;
import rongcloud.gateway.domain.group.ListMutedGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteGroupMembersCommand;
import rongcloud.gateway.domain.group.MutedGroupMember;
import rongcloud.gateway.domain.group.RemoveGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.UnmuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.UnmuteGroupMembersCommand;

/** What callers can do with group mutes: the incoming port of the "group-mute" area. */
public interface GroupMuteManagementUseCase {
    void muteGroupMembers(CallContext ctx, MuteGroupMembersCommand command);

    void unmuteGroupMembers(CallContext ctx, UnmuteGroupMembersCommand command);

    List<MutedGroupMember> listMutedGroupMembers(CallContext ctx, ListMutedGroupMembersCommand command);

    void muteAllGroupMembers(CallContext ctx, MuteAllGroupMembersCommand command);

    void unmuteAllGroupMembers(CallContext ctx, UnmuteAllGroupMembersCommand command);

    Map<String, Boolean> getGroupMuteAllStates(CallContext ctx, GetGroupMuteAllStatesCommand command);

    Page<String> listMuteAllGroups(CallContext ctx, ListMuteAllGroupsCommand command);

    void addGroupMuteWhitelist(CallContext ctx, AddGroupMuteWhitelistCommand command);

    void removeGroupMuteWhitelist(CallContext ctx, RemoveGroupMuteWhitelistCommand command);

    List<String> listGroupMuteWhitelist(CallContext ctx, ListGroupMuteWhitelistCommand command);
}
