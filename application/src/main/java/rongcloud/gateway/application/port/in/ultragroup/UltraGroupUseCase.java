package rongcloud.gateway.application.port.in.ultragroup;

import java.util.List;
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

/** What callers can do with ultra groups: the incoming port of the "ultragroup" area. */
public interface UltraGroupUseCase {
    void createUltraGroup(CallContext ctx, CreateUltraGroupCommand command);

    void joinUltraGroup(CallContext ctx, JoinUltraGroupCommand command);

    void quitUltraGroup(CallContext ctx, QuitUltraGroupCommand command);

    void dismissUltraGroup(CallContext ctx, DismissUltraGroupCommand command);

    void refreshUltraGroup(CallContext ctx, RefreshUltraGroupCommand command);

    boolean checkUltraGroupMember(CallContext ctx, CheckUltraGroupMemberCommand command);

    void createUltraGroupChannel(CallContext ctx, CreateUltraGroupChannelCommand command);

    void deleteUltraGroupChannel(CallContext ctx, DeleteUltraGroupChannelCommand command);

    Page<UltraGroupChannel> listUltraGroupChannels(CallContext ctx, ListUltraGroupChannelsCommand command);

    void changeUltraGroupChannelType(CallContext ctx, ChangeUltraGroupChannelTypeCommand command);

    void addUltraGroupPrivateChannelUsers(CallContext ctx, AddUltraGroupPrivateChannelUsersCommand command);

    void removeUltraGroupPrivateChannelUsers(CallContext ctx, RemoveUltraGroupPrivateChannelUsersCommand command);

    Page<String> listUltraGroupPrivateChannelUsers(CallContext ctx, ListUltraGroupPrivateChannelUsersCommand command);

    Page<String> listUltraGroupUserPrivateChannels(CallContext ctx, ListUltraGroupUserPrivateChannelsCommand command);

    void muteUltraGroupUsers(CallContext ctx, MuteUltraGroupUsersCommand command);

    void unmuteUltraGroupUsers(CallContext ctx, UnmuteUltraGroupUsersCommand command);

    Page<String> listUltraGroupMutedUsers(CallContext ctx, ListUltraGroupMutedUsersCommand command);

    void setUltraGroupMuteAll(CallContext ctx, SetUltraGroupMuteAllCommand command);

    boolean getUltraGroupMuteAll(CallContext ctx, GetUltraGroupMuteAllCommand command);

    void addUltraGroupMuteWhitelist(CallContext ctx, AddUltraGroupMuteWhitelistCommand command);

    void removeUltraGroupMuteWhitelist(CallContext ctx, RemoveUltraGroupMuteWhitelistCommand command);

    Page<String> listUltraGroupMuteWhitelist(CallContext ctx, ListUltraGroupMuteWhitelistCommand command);

    List<UltraGroupMessage> getUltraGroupMessages(CallContext ctx, GetUltraGroupMessagesCommand command);

    void modifyUltraGroupMessage(CallContext ctx, ModifyUltraGroupMessageCommand command);

    List<UltraGroupMessage> queryUltraGroupHistoryMessages(CallContext ctx, QueryUltraGroupHistoryMessagesCommand command);

    void setUltraGroupMessageExpansion(CallContext ctx, SetUltraGroupMessageExpansionCommand command);

    void deleteUltraGroupMessageExpansion(CallContext ctx, DeleteUltraGroupMessageExpansionCommand command);

    Page<UltraGroupExpansionEntry> queryUltraGroupMessageExpansion(CallContext ctx, QueryUltraGroupMessageExpansionCommand command);

    void setUltraGroupDefaultNotDisturb(CallContext ctx, SetUltraGroupDefaultNotDisturbCommand command);

    UltraGroupDefaultNotDisturb getUltraGroupDefaultNotDisturb(CallContext ctx, GetUltraGroupDefaultNotDisturbCommand command);

    void createUltraGroupUserGroups(CallContext ctx, CreateUltraGroupUserGroupsCommand command);

    void deleteUltraGroupUserGroups(CallContext ctx, DeleteUltraGroupUserGroupsCommand command);

    Page<String> listUltraGroupUserGroups(CallContext ctx, ListUltraGroupUserGroupsCommand command);

    void addUltraGroupUserGroupMembers(CallContext ctx, AddUltraGroupUserGroupMembersCommand command);

    void removeUltraGroupUserGroupMembers(CallContext ctx, RemoveUltraGroupUserGroupMembersCommand command);

    Page<String> listUltraGroupUserGroupsOfUser(CallContext ctx, ListUltraGroupUserGroupsOfUserCommand command);

    void bindUltraGroupChannelUserGroups(CallContext ctx, BindUltraGroupChannelUserGroupsCommand command);

    void unbindUltraGroupChannelUserGroups(CallContext ctx, UnbindUltraGroupChannelUserGroupsCommand command);

    Page<String> listUltraGroupChannelUserGroups(CallContext ctx, ListUltraGroupChannelUserGroupsCommand command);

    Page<String> listUltraGroupUserGroupChannels(CallContext ctx, ListUltraGroupUserGroupChannelsCommand command);
}
