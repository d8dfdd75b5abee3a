package rongcloud.gateway.application.service.ultragroup;

import java.util.List;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
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
import rongcloud.gateway.domain.ultragroup.UltraGroupPort;

/**
 * Orchestrates the "ultragroup" area. Commands arrive validated; every method first spends the quota of its
 * upstream path, then makes its single upstream call.
 */
public final class UltraGroupService implements UltraGroupUseCase {
    private final UltraGroupPort port;
    private final QuotaGate quota;

    public UltraGroupService(UltraGroupPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void createUltraGroup(CallContext ctx, CreateUltraGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/create.json"));
        port.createUltraGroup(ctx, command);
    }

    @Override
    public void joinUltraGroup(CallContext ctx, JoinUltraGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/join.json"));
        port.joinUltraGroup(ctx, command);
    }

    @Override
    public void quitUltraGroup(CallContext ctx, QuitUltraGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/quit.json"));
        port.quitUltraGroup(ctx, command);
    }

    @Override
    public void dismissUltraGroup(CallContext ctx, DismissUltraGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/dis.json"));
        port.dismissUltraGroup(ctx, command);
    }

    @Override
    public void refreshUltraGroup(CallContext ctx, RefreshUltraGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/refresh.json"));
        port.refreshUltraGroup(ctx, command);
    }

    @Override
    public boolean checkUltraGroupMember(CallContext ctx, CheckUltraGroupMemberCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/member/exist.json"));
        return port.checkUltraGroupMember(ctx, command);
    }

    @Override
    public void createUltraGroupChannel(CallContext ctx, CreateUltraGroupChannelCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/create.json"));
        port.createUltraGroupChannel(ctx, command);
    }

    @Override
    public void deleteUltraGroupChannel(CallContext ctx, DeleteUltraGroupChannelCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/del.json"));
        port.deleteUltraGroupChannel(ctx, command);
    }

    @Override
    public Page<UltraGroupChannel> listUltraGroupChannels(CallContext ctx, ListUltraGroupChannelsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/get.json"));
        return port.listUltraGroupChannels(ctx, command);
    }

    @Override
    public void changeUltraGroupChannelType(CallContext ctx, ChangeUltraGroupChannelTypeCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/type/change.json"));
        port.changeUltraGroupChannelType(ctx, command);
    }

    @Override
    public void addUltraGroupPrivateChannelUsers(CallContext ctx, AddUltraGroupPrivateChannelUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/private/users/add.json"));
        port.addUltraGroupPrivateChannelUsers(ctx, command);
    }

    @Override
    public void removeUltraGroupPrivateChannelUsers(CallContext ctx, RemoveUltraGroupPrivateChannelUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/private/users/del.json"));
        port.removeUltraGroupPrivateChannelUsers(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupPrivateChannelUsers(CallContext ctx, ListUltraGroupPrivateChannelUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/private/users/get.json"));
        return port.listUltraGroupPrivateChannelUsers(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserPrivateChannels(CallContext ctx, ListUltraGroupUserPrivateChannelsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/user/channel/query.json"));
        return port.listUltraGroupUserPrivateChannels(ctx, command);
    }

    @Override
    public void muteUltraGroupUsers(CallContext ctx, MuteUltraGroupUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/userbanned/add.json"));
        port.muteUltraGroupUsers(ctx, command);
    }

    @Override
    public void unmuteUltraGroupUsers(CallContext ctx, UnmuteUltraGroupUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/userbanned/del.json"));
        port.unmuteUltraGroupUsers(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupMutedUsers(CallContext ctx, ListUltraGroupMutedUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/userbanned/get.json"));
        return port.listUltraGroupMutedUsers(ctx, command);
    }

    @Override
    public void setUltraGroupMuteAll(CallContext ctx, SetUltraGroupMuteAllCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/globalbanned/set.json"));
        port.setUltraGroupMuteAll(ctx, command);
    }

    @Override
    public boolean getUltraGroupMuteAll(CallContext ctx, GetUltraGroupMuteAllCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/globalbanned/get.json"));
        return port.getUltraGroupMuteAll(ctx, command);
    }

    @Override
    public void addUltraGroupMuteWhitelist(CallContext ctx, AddUltraGroupMuteWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/banned/whitelist/add.json"));
        port.addUltraGroupMuteWhitelist(ctx, command);
    }

    @Override
    public void removeUltraGroupMuteWhitelist(CallContext ctx, RemoveUltraGroupMuteWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/banned/whitelist/del.json"));
        port.removeUltraGroupMuteWhitelist(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupMuteWhitelist(CallContext ctx, ListUltraGroupMuteWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/banned/whitelist/get.json"));
        return port.listUltraGroupMuteWhitelist(ctx, command);
    }

    @Override
    public List<UltraGroupMessage> getUltraGroupMessages(CallContext ctx, GetUltraGroupMessagesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/msg/get.json"));
        return port.getUltraGroupMessages(ctx, command);
    }

    @Override
    public void modifyUltraGroupMessage(CallContext ctx, ModifyUltraGroupMessageCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/msg/modify.json"));
        port.modifyUltraGroupMessage(ctx, command);
    }

    @Override
    public List<UltraGroupMessage> queryUltraGroupHistoryMessages(CallContext ctx, QueryUltraGroupHistoryMessagesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/hismsg/query.json"));
        return port.queryUltraGroupHistoryMessages(ctx, command);
    }

    @Override
    public void setUltraGroupMessageExpansion(CallContext ctx, SetUltraGroupMessageExpansionCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/message/expansion/set.json"));
        port.setUltraGroupMessageExpansion(ctx, command);
    }

    @Override
    public void deleteUltraGroupMessageExpansion(CallContext ctx, DeleteUltraGroupMessageExpansionCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/message/expansion/delete.json"));
        port.deleteUltraGroupMessageExpansion(ctx, command);
    }

    @Override
    public Page<UltraGroupExpansionEntry> queryUltraGroupMessageExpansion(CallContext ctx, QueryUltraGroupMessageExpansionCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/message/expansion/query.json"));
        return port.queryUltraGroupMessageExpansion(ctx, command);
    }

    @Override
    public void setUltraGroupDefaultNotDisturb(CallContext ctx, SetUltraGroupDefaultNotDisturbCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/notdisturb/set.json"));
        port.setUltraGroupDefaultNotDisturb(ctx, command);
    }

    @Override
    public UltraGroupDefaultNotDisturb getUltraGroupDefaultNotDisturb(CallContext ctx, GetUltraGroupDefaultNotDisturbCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/notdisturb/get.json"));
        return port.getUltraGroupDefaultNotDisturb(ctx, command);
    }

    @Override
    public void createUltraGroupUserGroups(CallContext ctx, CreateUltraGroupUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/usergroup/add.json"));
        port.createUltraGroupUserGroups(ctx, command);
    }

    @Override
    public void deleteUltraGroupUserGroups(CallContext ctx, DeleteUltraGroupUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/usergroup/del.json"));
        port.deleteUltraGroupUserGroups(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserGroups(CallContext ctx, ListUltraGroupUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/usergroup/query.json"));
        return port.listUltraGroupUserGroups(ctx, command);
    }

    @Override
    public void addUltraGroupUserGroupMembers(CallContext ctx, AddUltraGroupUserGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/usergroup/user/add.json"));
        port.addUltraGroupUserGroupMembers(ctx, command);
    }

    @Override
    public void removeUltraGroupUserGroupMembers(CallContext ctx, RemoveUltraGroupUserGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/usergroup/user/del.json"));
        port.removeUltraGroupUserGroupMembers(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserGroupsOfUser(CallContext ctx, ListUltraGroupUserGroupsOfUserCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/user/usergroup/query.json"));
        return port.listUltraGroupUserGroupsOfUser(ctx, command);
    }

    @Override
    public void bindUltraGroupChannelUserGroups(CallContext ctx, BindUltraGroupChannelUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/usergroup/bind.json"));
        port.bindUltraGroupChannelUserGroups(ctx, command);
    }

    @Override
    public void unbindUltraGroupChannelUserGroups(CallContext ctx, UnbindUltraGroupChannelUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/usergroup/unbind.json"));
        port.unbindUltraGroupChannelUserGroups(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupChannelUserGroups(CallContext ctx, ListUltraGroupChannelUserGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/channel/usergroup/query.json"));
        return port.listUltraGroupChannelUserGroups(ctx, command);
    }

    @Override
    public Page<String> listUltraGroupUserGroupChannels(CallContext ctx, ListUltraGroupUserGroupChannelsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/ultragroup/usergroup/channel/query.json"));
        return port.listUltraGroupUserGroupChannels(ctx, command);
    }
}
