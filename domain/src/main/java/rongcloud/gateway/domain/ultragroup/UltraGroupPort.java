package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/** RongCloud's ultra-group capability (catalog area "ultragroup"), one method per documented endpoint. */
public interface UltraGroupPort {
    /** /ultragroup/create.json */
    void createUltraGroup(CallContext ctx, CreateUltraGroupCommand command);

    /** /ultragroup/join.json */
    void joinUltraGroup(CallContext ctx, JoinUltraGroupCommand command);

    /** /ultragroup/quit.json */
    void quitUltraGroup(CallContext ctx, QuitUltraGroupCommand command);

    /** /ultragroup/dis.json */
    void dismissUltraGroup(CallContext ctx, DismissUltraGroupCommand command);

    /** /ultragroup/refresh.json */
    void refreshUltraGroup(CallContext ctx, RefreshUltraGroupCommand command);

    /** /ultragroup/member/exist.json */
    boolean checkUltraGroupMember(CallContext ctx, CheckUltraGroupMemberCommand command);

    /** /ultragroup/channel/create.json */
    void createUltraGroupChannel(CallContext ctx, CreateUltraGroupChannelCommand command);

    /** /ultragroup/channel/del.json */
    void deleteUltraGroupChannel(CallContext ctx, DeleteUltraGroupChannelCommand command);

    /** /ultragroup/channel/get.json */
    Page<UltraGroupChannel> listUltraGroupChannels(CallContext ctx, ListUltraGroupChannelsCommand command);

    /** /ultragroup/channel/type/change.json */
    void changeUltraGroupChannelType(CallContext ctx, ChangeUltraGroupChannelTypeCommand command);

    /** /ultragroup/channel/private/users/add.json */
    void addUltraGroupPrivateChannelUsers(CallContext ctx, AddUltraGroupPrivateChannelUsersCommand command);

    /** /ultragroup/channel/private/users/del.json */
    void removeUltraGroupPrivateChannelUsers(CallContext ctx, RemoveUltraGroupPrivateChannelUsersCommand command);

    /** /ultragroup/channel/private/users/get.json */
    Page<String> listUltraGroupPrivateChannelUsers(CallContext ctx, ListUltraGroupPrivateChannelUsersCommand command);

    /** /ultragroup/user/channel/query.json */
    Page<String> listUltraGroupUserPrivateChannels(CallContext ctx, ListUltraGroupUserPrivateChannelsCommand command);

    /** /ultragroup/userbanned/add.json */
    void muteUltraGroupUsers(CallContext ctx, MuteUltraGroupUsersCommand command);

    /** /ultragroup/userbanned/del.json */
    void unmuteUltraGroupUsers(CallContext ctx, UnmuteUltraGroupUsersCommand command);

    /** /ultragroup/userbanned/get.json */
    Page<String> listUltraGroupMutedUsers(CallContext ctx, ListUltraGroupMutedUsersCommand command);

    /** /ultragroup/globalbanned/set.json */
    void setUltraGroupMuteAll(CallContext ctx, SetUltraGroupMuteAllCommand command);

    /** /ultragroup/globalbanned/get.json */
    boolean getUltraGroupMuteAll(CallContext ctx, GetUltraGroupMuteAllCommand command);

    /** /ultragroup/banned/whitelist/add.json */
    void addUltraGroupMuteWhitelist(CallContext ctx, AddUltraGroupMuteWhitelistCommand command);

    /** /ultragroup/banned/whitelist/del.json */
    void removeUltraGroupMuteWhitelist(CallContext ctx, RemoveUltraGroupMuteWhitelistCommand command);

    /** /ultragroup/banned/whitelist/get.json */
    Page<String> listUltraGroupMuteWhitelist(CallContext ctx, ListUltraGroupMuteWhitelistCommand command);

    /** /ultragroup/msg/get.json */
    List<UltraGroupMessage> getUltraGroupMessages(CallContext ctx, GetUltraGroupMessagesCommand command);

    /** /ultragroup/msg/modify.json */
    void modifyUltraGroupMessage(CallContext ctx, ModifyUltraGroupMessageCommand command);

    /** /ultragroup/hismsg/query.json */
    List<UltraGroupMessage> queryUltraGroupHistoryMessages(CallContext ctx, QueryUltraGroupHistoryMessagesCommand command);

    /** /ultragroup/message/expansion/set.json */
    void setUltraGroupMessageExpansion(CallContext ctx, SetUltraGroupMessageExpansionCommand command);

    /** /ultragroup/message/expansion/delete.json */
    void deleteUltraGroupMessageExpansion(CallContext ctx, DeleteUltraGroupMessageExpansionCommand command);

    /** /ultragroup/message/expansion/query.json */
    Page<UltraGroupExpansionEntry> queryUltraGroupMessageExpansion(CallContext ctx, QueryUltraGroupMessageExpansionCommand command);

    /** /ultragroup/notdisturb/set.json */
    void setUltraGroupDefaultNotDisturb(CallContext ctx, SetUltraGroupDefaultNotDisturbCommand command);

    /** /ultragroup/notdisturb/get.json */
    UltraGroupDefaultNotDisturb getUltraGroupDefaultNotDisturb(CallContext ctx, GetUltraGroupDefaultNotDisturbCommand command);

    /** /ultragroup/usergroup/add.json */
    void createUltraGroupUserGroups(CallContext ctx, CreateUltraGroupUserGroupsCommand command);

    /** /ultragroup/usergroup/del.json */
    void deleteUltraGroupUserGroups(CallContext ctx, DeleteUltraGroupUserGroupsCommand command);

    /** /ultragroup/usergroup/query.json */
    Page<String> listUltraGroupUserGroups(CallContext ctx, ListUltraGroupUserGroupsCommand command);

    /** /ultragroup/usergroup/user/add.json */
    void addUltraGroupUserGroupMembers(CallContext ctx, AddUltraGroupUserGroupMembersCommand command);

    /** /ultragroup/usergroup/user/del.json */
    void removeUltraGroupUserGroupMembers(CallContext ctx, RemoveUltraGroupUserGroupMembersCommand command);

    /** /ultragroup/user/usergroup/query.json */
    Page<String> listUltraGroupUserGroupsOfUser(CallContext ctx, ListUltraGroupUserGroupsOfUserCommand command);

    /** /ultragroup/channel/usergroup/bind.json */
    void bindUltraGroupChannelUserGroups(CallContext ctx, BindUltraGroupChannelUserGroupsCommand command);

    /** /ultragroup/channel/usergroup/unbind.json */
    void unbindUltraGroupChannelUserGroups(CallContext ctx, UnbindUltraGroupChannelUserGroupsCommand command);

    /** /ultragroup/channel/usergroup/query.json */
    Page<String> listUltraGroupChannelUserGroups(CallContext ctx, ListUltraGroupChannelUserGroupsCommand command);

    /** /ultragroup/usergroup/channel/query.json */
    Page<String> listUltraGroupUserGroupChannels(CallContext ctx, ListUltraGroupUserGroupChannelsCommand command);
}
