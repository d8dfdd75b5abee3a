package rongcloud.gateway.application.port.in.chatroom;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.chatroom.AddChatroomKeepaliveCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomLowPriorityMessageTypesCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomMessageWhitelistCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomUserWhitelistCommand;
import rongcloud.gateway.domain.chatroom.BatchRemoveChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.BatchSetChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.BindChatroomToRtcRoomCommand;
import rongcloud.gateway.domain.chatroom.BlockChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.CheckChatroomMemberCommand;
import rongcloud.gateway.domain.chatroom.CheckChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.CheckChatroomMuteAllCommand;
import rongcloud.gateway.domain.chatroom.CreateChatroomCommand;
import rongcloud.gateway.domain.chatroom.CreateChatroomLegacyCommand;
import rongcloud.gateway.domain.chatroom.DestroyChatroomCommand;
import rongcloud.gateway.domain.chatroom.GetChatroomInfoCommand;
import rongcloud.gateway.domain.chatroom.ListBlockedChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.ListMutedAllChatroomsCommand;
import rongcloud.gateway.domain.chatroom.ListMutedChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteAllChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteUsersInAllChatroomsCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomUserWhitelistCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomsLegacyCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomEntryCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomKeepaliveCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomLowPriorityMessageTypesCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomMessageWhitelistCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.RemoveChatroomUserWhitelistCommand;
import rongcloud.gateway.domain.chatroom.SetChatroomDestroyTypeCommand;
import rongcloud.gateway.domain.chatroom.SetChatroomEntryCommand;
import rongcloud.gateway.domain.chatroom.UnblockChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteAllChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteUsersInAllChatroomsCommand;
import rongcloud.gateway.domain.chatroom.ChatroomEntry;
import rongcloud.gateway.domain.chatroom.ChatroomInfo;
import rongcloud.gateway.domain.chatroom.ChatroomMembers;
import rongcloud.gateway.domain.chatroom.LegacyChatroom;
import rongcloud.gateway.domain.chatroom.RestrictedUser;
import rongcloud.gateway.domain.paging.Page;

/** What callers can do with chatrooms: the incoming port of the "chatroom" area. */
public interface ChatroomUseCase {
    void createChatroom(CallContext ctx, CreateChatroomCommand command);

    void setChatroomDestroyType(CallContext ctx, SetChatroomDestroyTypeCommand command);

    void destroyChatroom(CallContext ctx, DestroyChatroomCommand command);

    ChatroomInfo getChatroomInfo(CallContext ctx, GetChatroomInfoCommand command);

    void bindChatroomToRtcRoom(CallContext ctx, BindChatroomToRtcRoomCommand command);

    void createChatroomLegacy(CallContext ctx, CreateChatroomLegacyCommand command);

    List<LegacyChatroom> queryChatroomsLegacy(CallContext ctx, QueryChatroomsLegacyCommand command);

    void addChatroomKeepalive(CallContext ctx, AddChatroomKeepaliveCommand command);

    void removeChatroomKeepalive(CallContext ctx, RemoveChatroomKeepaliveCommand command);

    List<String> queryChatroomKeepalive(CallContext ctx);

    ChatroomMembers queryChatroomMembers(CallContext ctx, QueryChatroomMembersCommand command);

    boolean checkChatroomMember(CallContext ctx, CheckChatroomMemberCommand command);

    Map<String, Boolean> checkChatroomMembers(CallContext ctx, CheckChatroomMembersCommand command);

    void muteChatroomMembers(CallContext ctx, MuteChatroomMembersCommand command);

    void unmuteChatroomMembers(CallContext ctx, UnmuteChatroomMembersCommand command);

    List<RestrictedUser> listMutedChatroomMembers(CallContext ctx, ListMutedChatroomMembersCommand command);

    void muteAllChatroomMembers(CallContext ctx, MuteAllChatroomMembersCommand command);

    void unmuteAllChatroomMembers(CallContext ctx, UnmuteAllChatroomMembersCommand command);

    Page<String> listMutedAllChatrooms(CallContext ctx, ListMutedAllChatroomsCommand command);

    boolean checkChatroomMuteAll(CallContext ctx, CheckChatroomMuteAllCommand command);

    void addChatroomMuteAllExceptions(CallContext ctx, AddChatroomMuteAllExceptionsCommand command);

    void removeChatroomMuteAllExceptions(CallContext ctx, RemoveChatroomMuteAllExceptionsCommand command);

    List<String> queryChatroomMuteAllExceptions(CallContext ctx, QueryChatroomMuteAllExceptionsCommand command);

    void muteUsersInAllChatrooms(CallContext ctx, MuteUsersInAllChatroomsCommand command);

    void unmuteUsersInAllChatrooms(CallContext ctx, UnmuteUsersInAllChatroomsCommand command);

    List<RestrictedUser> listUsersMutedInAllChatrooms(CallContext ctx);

    void blockChatroomMembers(CallContext ctx, BlockChatroomMembersCommand command);

    void unblockChatroomMembers(CallContext ctx, UnblockChatroomMembersCommand command);

    List<RestrictedUser> listBlockedChatroomMembers(CallContext ctx, ListBlockedChatroomMembersCommand command);

    void setChatroomEntry(CallContext ctx, SetChatroomEntryCommand command);

    void batchSetChatroomEntries(CallContext ctx, BatchSetChatroomEntriesCommand command);

    void removeChatroomEntry(CallContext ctx, RemoveChatroomEntryCommand command);

    void batchRemoveChatroomEntries(CallContext ctx, BatchRemoveChatroomEntriesCommand command);

    List<ChatroomEntry> queryChatroomEntries(CallContext ctx, QueryChatroomEntriesCommand command);

    void addChatroomLowPriorityMessageTypes(CallContext ctx, AddChatroomLowPriorityMessageTypesCommand command);

    void removeChatroomLowPriorityMessageTypes(CallContext ctx, RemoveChatroomLowPriorityMessageTypesCommand command);

    List<String> queryChatroomLowPriorityMessageTypes(CallContext ctx);

    void addChatroomUserWhitelist(CallContext ctx, AddChatroomUserWhitelistCommand command);

    void removeChatroomUserWhitelist(CallContext ctx, RemoveChatroomUserWhitelistCommand command);

    List<String> queryChatroomUserWhitelist(CallContext ctx, QueryChatroomUserWhitelistCommand command);

    void addChatroomMessageWhitelist(CallContext ctx, AddChatroomMessageWhitelistCommand command);

    void removeChatroomMessageWhitelist(CallContext ctx, RemoveChatroomMessageWhitelistCommand command);

    List<String> queryChatroomMessageWhitelist(CallContext ctx);
}
