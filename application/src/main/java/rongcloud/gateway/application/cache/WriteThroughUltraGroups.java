package rongcloud.gateway.application.cache;

import static rongcloud.gateway.application.port.out.cache.CacheKind.ULTRAGROUP_MEMBER_MUTES;
import static rongcloud.gateway.application.port.out.cache.CacheKind.ULTRAGROUP_MUTE_ALL;
import static rongcloud.gateway.application.port.out.cache.CacheKind.ULTRAGROUP_MUTE_ALLOWLIST;

import java.util.List;
import java.util.Optional;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupUserGroupMembersCommand;
import rongcloud.gateway.domain.ultragroup.BindUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ChangeUltraGroupChannelTypeCommand;
import rongcloud.gateway.domain.ultragroup.CheckUltraGroupMemberCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupChannelCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.CreateUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupChannelCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.DismissUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupDefaultNotDisturbCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMessagesCommand;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.JoinUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMutedUsersCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserGroupsOfUserCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupUserPrivateChannelsCommand;
import rongcloud.gateway.domain.ultragroup.ModifyUltraGroupMessageCommand;
import rongcloud.gateway.domain.ultragroup.MuteUltraGroupUsersCommand;
import rongcloud.gateway.domain.ultragroup.QueryUltraGroupHistoryMessagesCommand;
import rongcloud.gateway.domain.ultragroup.QueryUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.QuitUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.RefreshUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupPrivateChannelUsersCommand;
import rongcloud.gateway.domain.ultragroup.RemoveUltraGroupUserGroupMembersCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupDefaultNotDisturbCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupMessageExpansionCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.UltraGroupChannel;
import rongcloud.gateway.domain.ultragroup.UltraGroupDefaultNotDisturb;
import rongcloud.gateway.domain.ultragroup.UltraGroupExpansionEntry;
import rongcloud.gateway.domain.ultragroup.UltraGroupMessage;
import rongcloud.gateway.domain.ultragroup.UnbindUltraGroupChannelUserGroupsCommand;
import rongcloud.gateway.domain.ultragroup.UnmuteUltraGroupUsersCommand;

/**
 * The ultra-group area, write-through: after a mutation's upstream call succeeded, the member mutes, mute-all states
 * and mute-all allow lists it changed (group-wide or one channel's) are invalidated here and on every other
 * instance. Creating or dismissing a group drops all of them for the group and its channels; deleting a channel, the
 * channel's.
 */
public final class WriteThroughUltraGroups implements UltraGroupUseCase {
    private final UltraGroupUseCase next;
    private final StateCaches caches;

    public WriteThroughUltraGroups(UltraGroupUseCase next, StateCaches caches) {
        this.next = next;
        this.caches = caches;
    }

    @Override
    public void createUltraGroup(CallContext ctx, CreateUltraGroupCommand command) {
        next.createUltraGroup(ctx, command);
        dropGroup(command.groupId()); // over a cached "does not exist" of an earlier group of that id
    }

    @Override
    public void joinUltraGroup(CallContext ctx, JoinUltraGroupCommand command) {
        next.joinUltraGroup(ctx, command);
    }

    @Override
    public void quitUltraGroup(CallContext ctx, QuitUltraGroupCommand command) {
        next.quitUltraGroup(ctx, command);
    }

    @Override
    public void dismissUltraGroup(CallContext ctx, DismissUltraGroupCommand command) {
        next.dismissUltraGroup(ctx, command);
        dropGroup(command.groupId());
    }

    /** Every ultra-group kind of the group, group-wide and of all its channels. */
    private void dropGroup(String groupId) {
        for (CacheKind kind : List.of(ULTRAGROUP_MEMBER_MUTES, ULTRAGROUP_MUTE_ALL, ULTRAGROUP_MUTE_ALLOWLIST)) {
            caches.invalidate(kind, List.of(groupId, groupId + "/*"));
        }
    }

    @Override
    public void refreshUltraGroup(CallContext ctx, RefreshUltraGroupCommand command) {
        next.refreshUltraGroup(ctx, command);
    }

    @Override
    public boolean checkUltraGroupMember(CallContext ctx, CheckUltraGroupMemberCommand command) {
        return next.checkUltraGroupMember(ctx, command);
    }

    @Override
    public void createUltraGroupChannel(CallContext ctx, CreateUltraGroupChannelCommand command) {
        next.createUltraGroupChannel(ctx, command);
    }

    @Override
    public void deleteUltraGroupChannel(CallContext ctx, DeleteUltraGroupChannelCommand command) {
        next.deleteUltraGroupChannel(ctx, command);
        for (CacheKind kind : List.of(ULTRAGROUP_MEMBER_MUTES, ULTRAGROUP_MUTE_ALL, ULTRAGROUP_MUTE_ALLOWLIST)) {
            caches.invalidate(kind, CacheKind.channelKey(command.groupId(), Optional.of(command.channelId())));
        }
    }

    @Override
    public Page<UltraGroupChannel> listUltraGroupChannels(CallContext ctx, ListUltraGroupChannelsCommand command) {
        return next.listUltraGroupChannels(ctx, command);
    }

    @Override
    public void changeUltraGroupChannelType(CallContext ctx, ChangeUltraGroupChannelTypeCommand command) {
        next.changeUltraGroupChannelType(ctx, command);
    }

    @Override
    public void addUltraGroupPrivateChannelUsers(CallContext ctx, AddUltraGroupPrivateChannelUsersCommand command) {
        next.addUltraGroupPrivateChannelUsers(ctx, command);
    }

    @Override
    public void removeUltraGroupPrivateChannelUsers(CallContext ctx, RemoveUltraGroupPrivateChannelUsersCommand command) {
        next.removeUltraGroupPrivateChannelUsers(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupPrivateChannelUsers(CallContext ctx, ListUltraGroupPrivateChannelUsersCommand command) {
        return next.listUltraGroupPrivateChannelUsers(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserPrivateChannels(CallContext ctx, ListUltraGroupUserPrivateChannelsCommand command) {
        return next.listUltraGroupUserPrivateChannels(ctx, command);
    }

    @Override
    public void muteUltraGroupUsers(CallContext ctx, MuteUltraGroupUsersCommand command) {
        next.muteUltraGroupUsers(ctx, command);
        caches.invalidate(ULTRAGROUP_MEMBER_MUTES, CacheKind.channelKey(command.groupId(), command.channelId()));
    }

    @Override
    public void unmuteUltraGroupUsers(CallContext ctx, UnmuteUltraGroupUsersCommand command) {
        next.unmuteUltraGroupUsers(ctx, command);
        caches.invalidate(ULTRAGROUP_MEMBER_MUTES, CacheKind.channelKey(command.groupId(), command.channelId()));
    }

    @Override
    public Page<String> listUltraGroupMutedUsers(CallContext ctx, ListUltraGroupMutedUsersCommand command) {
        return next.listUltraGroupMutedUsers(ctx, command);
    }

    @Override
    public void setUltraGroupMuteAll(CallContext ctx, SetUltraGroupMuteAllCommand command) {
        next.setUltraGroupMuteAll(ctx, command);
        caches.invalidate(ULTRAGROUP_MUTE_ALL, CacheKind.channelKey(command.groupId(), command.channelId()));
    }

    @Override
    public boolean getUltraGroupMuteAll(CallContext ctx, GetUltraGroupMuteAllCommand command) {
        return next.getUltraGroupMuteAll(ctx, command);
    }

    @Override
    public void addUltraGroupMuteWhitelist(CallContext ctx, AddUltraGroupMuteWhitelistCommand command) {
        next.addUltraGroupMuteWhitelist(ctx, command);
        caches.invalidate(ULTRAGROUP_MUTE_ALLOWLIST, CacheKind.channelKey(command.groupId(), command.channelId()));
    }

    @Override
    public void removeUltraGroupMuteWhitelist(CallContext ctx, RemoveUltraGroupMuteWhitelistCommand command) {
        next.removeUltraGroupMuteWhitelist(ctx, command);
        caches.invalidate(ULTRAGROUP_MUTE_ALLOWLIST, CacheKind.channelKey(command.groupId(), command.channelId()));
    }

    @Override
    public Page<String> listUltraGroupMuteWhitelist(CallContext ctx, ListUltraGroupMuteWhitelistCommand command) {
        return next.listUltraGroupMuteWhitelist(ctx, command);
    }

    @Override
    public List<UltraGroupMessage> getUltraGroupMessages(CallContext ctx, GetUltraGroupMessagesCommand command) {
        return next.getUltraGroupMessages(ctx, command);
    }

    @Override
    public void modifyUltraGroupMessage(CallContext ctx, ModifyUltraGroupMessageCommand command) {
        next.modifyUltraGroupMessage(ctx, command);
    }

    @Override
    public List<UltraGroupMessage> queryUltraGroupHistoryMessages(CallContext ctx, QueryUltraGroupHistoryMessagesCommand command) {
        return next.queryUltraGroupHistoryMessages(ctx, command);
    }

    @Override
    public void setUltraGroupMessageExpansion(CallContext ctx, SetUltraGroupMessageExpansionCommand command) {
        next.setUltraGroupMessageExpansion(ctx, command);
    }

    @Override
    public void deleteUltraGroupMessageExpansion(CallContext ctx, DeleteUltraGroupMessageExpansionCommand command) {
        next.deleteUltraGroupMessageExpansion(ctx, command);
    }

    @Override
    public Page<UltraGroupExpansionEntry> queryUltraGroupMessageExpansion(CallContext ctx, QueryUltraGroupMessageExpansionCommand command) {
        return next.queryUltraGroupMessageExpansion(ctx, command);
    }

    @Override
    public void setUltraGroupDefaultNotDisturb(CallContext ctx, SetUltraGroupDefaultNotDisturbCommand command) {
        next.setUltraGroupDefaultNotDisturb(ctx, command);
    }

    @Override
    public UltraGroupDefaultNotDisturb getUltraGroupDefaultNotDisturb(CallContext ctx, GetUltraGroupDefaultNotDisturbCommand command) {
        return next.getUltraGroupDefaultNotDisturb(ctx, command);
    }

    @Override
    public void createUltraGroupUserGroups(CallContext ctx, CreateUltraGroupUserGroupsCommand command) {
        next.createUltraGroupUserGroups(ctx, command);
    }

    @Override
    public void deleteUltraGroupUserGroups(CallContext ctx, DeleteUltraGroupUserGroupsCommand command) {
        next.deleteUltraGroupUserGroups(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserGroups(CallContext ctx, ListUltraGroupUserGroupsCommand command) {
        return next.listUltraGroupUserGroups(ctx, command);
    }

    @Override
    public void addUltraGroupUserGroupMembers(CallContext ctx, AddUltraGroupUserGroupMembersCommand command) {
        next.addUltraGroupUserGroupMembers(ctx, command);
    }

    @Override
    public void removeUltraGroupUserGroupMembers(CallContext ctx, RemoveUltraGroupUserGroupMembersCommand command) {
        next.removeUltraGroupUserGroupMembers(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserGroupsOfUser(CallContext ctx, ListUltraGroupUserGroupsOfUserCommand command) {
        return next.listUltraGroupUserGroupsOfUser(ctx, command);
    }

    @Override
    public void bindUltraGroupChannelUserGroups(CallContext ctx, BindUltraGroupChannelUserGroupsCommand command) {
        next.bindUltraGroupChannelUserGroups(ctx, command);
    }

    @Override
    public void unbindUltraGroupChannelUserGroups(CallContext ctx, UnbindUltraGroupChannelUserGroupsCommand command) {
        next.unbindUltraGroupChannelUserGroups(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupChannelUserGroups(CallContext ctx, ListUltraGroupChannelUserGroupsCommand command) {
        return next.listUltraGroupChannelUserGroups(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserGroupChannels(CallContext ctx, ListUltraGroupUserGroupChannelsCommand command) {
        return next.listUltraGroupUserGroupChannels(ctx, command);
    }
}
