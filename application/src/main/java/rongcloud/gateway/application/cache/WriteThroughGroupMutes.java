package rongcloud.gateway.application.cache;

import static rongcloud.gateway.application.port.out.cache.CacheKind.GROUP_MEMBER_MUTES;
import static rongcloud.gateway.application.port.out.cache.CacheKind.GROUP_MUTE_ALL;
import static rongcloud.gateway.application.port.out.cache.CacheKind.GROUP_MUTE_ALLOWLIST;
import static rongcloud.gateway.application.port.out.cache.CacheKind.WHOLE_LIST;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.domain.CallContext;
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
import rongcloud.gateway.domain.paging.Page;

/** The group-mute area, write-through: changed mutes are invalidated everywhere after the upstream call. */
public final class WriteThroughGroupMutes implements GroupMuteManagementUseCase {
    private final GroupMuteManagementUseCase next;
    private final StateCaches caches;

    public WriteThroughGroupMutes(GroupMuteManagementUseCase next, StateCaches caches) {
        this.next = next;
        this.caches = caches;
    }

    @Override
    public void muteGroupMembers(CallContext ctx, MuteGroupMembersCommand command) {
        next.muteGroupMembers(ctx, command);
        caches.invalidate(GROUP_MEMBER_MUTES, command.groupId().orElse(WHOLE_LIST));
    }

    @Override
    public void unmuteGroupMembers(CallContext ctx, UnmuteGroupMembersCommand command) {
        next.unmuteGroupMembers(ctx, command);
        caches.invalidate(GROUP_MEMBER_MUTES, command.groupId().orElse(WHOLE_LIST));
    }

    @Override
    public List<MutedGroupMember> listMutedGroupMembers(CallContext ctx, ListMutedGroupMembersCommand command) {
        return next.listMutedGroupMembers(ctx, command);
    }

    @Override
    public void muteAllGroupMembers(CallContext ctx, MuteAllGroupMembersCommand command) {
        next.muteAllGroupMembers(ctx, command);
        caches.invalidate(GROUP_MUTE_ALL, command.groupIds());
    }

    @Override
    public void unmuteAllGroupMembers(CallContext ctx, UnmuteAllGroupMembersCommand command) {
        next.unmuteAllGroupMembers(ctx, command);
        caches.invalidate(GROUP_MUTE_ALL, command.groupIds());
    }

    @Override
    public Map<String, Boolean> getGroupMuteAllStates(CallContext ctx, GetGroupMuteAllStatesCommand command) {
        return next.getGroupMuteAllStates(ctx, command);
    }

    @Override
    public Page<String> listMuteAllGroups(CallContext ctx, ListMuteAllGroupsCommand command) {
        return next.listMuteAllGroups(ctx, command);
    }

    @Override
    public void addGroupMuteWhitelist(CallContext ctx, AddGroupMuteWhitelistCommand command) {
        next.addGroupMuteWhitelist(ctx, command);
        caches.invalidate(GROUP_MUTE_ALLOWLIST, command.groupId());
    }

    @Override
    public void removeGroupMuteWhitelist(CallContext ctx, RemoveGroupMuteWhitelistCommand command) {
        next.removeGroupMuteWhitelist(ctx, command);
        caches.invalidate(GROUP_MUTE_ALLOWLIST, command.groupId());
    }

    @Override
    public List<String> listGroupMuteWhitelist(CallContext ctx, ListGroupMuteWhitelistCommand command) {
        return next.listGroupMuteWhitelist(ctx, command);
    }
}
