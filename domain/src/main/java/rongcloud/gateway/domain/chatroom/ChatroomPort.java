package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/** RongCloud's chatroom capability (catalog area "chatroom"), one method per documented endpoint. */
public interface ChatroomPort {
    /** /chatroom/create_new.json */
    void createChatroom(CallContext ctx, CreateChatroomCommand command);

    /** /chatroom/destroy/set.json */
    void setChatroomDestroyType(CallContext ctx, SetChatroomDestroyTypeCommand command);

    /** /chatroom/destroy.json */
    void destroyChatroom(CallContext ctx, DestroyChatroomCommand command);

    /** /chatroom/get.json */
    ChatroomInfo getChatroomInfo(CallContext ctx, GetChatroomInfoCommand command);

    /** /chatroom/correlation/rtc.json */
    void bindChatroomToRtcRoom(CallContext ctx, BindChatroomToRtcRoomCommand command);

    /** /chatroom/create.json */
    void createChatroomLegacy(CallContext ctx, CreateChatroomLegacyCommand command);

    /** /chatroom/query.json */
    List<LegacyChatroom> queryChatroomsLegacy(CallContext ctx, QueryChatroomsLegacyCommand command);

    /** /chatroom/keepalive/add.json */
    void addChatroomKeepalive(CallContext ctx, AddChatroomKeepaliveCommand command);

    /** /chatroom/keepalive/remove.json */
    void removeChatroomKeepalive(CallContext ctx, RemoveChatroomKeepaliveCommand command);

    /** /chatroom/keepalive/query.json */
    List<String> queryChatroomKeepalive(CallContext ctx);

    /** /chatroom/user/query.json */
    ChatroomMembers queryChatroomMembers(CallContext ctx, QueryChatroomMembersCommand command);

    /** /chatroom/user/exist.json */
    boolean checkChatroomMember(CallContext ctx, CheckChatroomMemberCommand command);

    /** /chatroom/users/exist.json */
    Map<String, Boolean> checkChatroomMembers(CallContext ctx, CheckChatroomMembersCommand command);

    /** /chatroom/user/gag/add.json */
    void muteChatroomMembers(CallContext ctx, MuteChatroomMembersCommand command);

    /** /chatroom/user/gag/rollback.json */
    void unmuteChatroomMembers(CallContext ctx, UnmuteChatroomMembersCommand command);

    /** /chatroom/user/gag/list.json */
    List<RestrictedUser> listMutedChatroomMembers(CallContext ctx, ListMutedChatroomMembersCommand command);

    /** /chatroom/ban/add.json */
    void muteAllChatroomMembers(CallContext ctx, MuteAllChatroomMembersCommand command);

    /** /chatroom/ban/rollback.json */
    void unmuteAllChatroomMembers(CallContext ctx, UnmuteAllChatroomMembersCommand command);

    /** /chatroom/ban/query.json */
    Page<String> listMutedAllChatrooms(CallContext ctx, ListMutedAllChatroomsCommand command);

    /** /chatroom/ban/check.json */
    boolean checkChatroomMuteAll(CallContext ctx, CheckChatroomMuteAllCommand command);

    /** /chatroom/user/ban/whitelist/add.json */
    void addChatroomMuteAllExceptions(CallContext ctx, AddChatroomMuteAllExceptionsCommand command);

    /** /chatroom/user/ban/whitelist/rollback.json */
    void removeChatroomMuteAllExceptions(CallContext ctx, RemoveChatroomMuteAllExceptionsCommand command);

    /** /chatroom/user/ban/whitelist/query.json */
    List<String> queryChatroomMuteAllExceptions(CallContext ctx, QueryChatroomMuteAllExceptionsCommand command);

    /** /chatroom/user/ban/add.json */
    void muteUsersInAllChatrooms(CallContext ctx, MuteUsersInAllChatroomsCommand command);

    /** /chatroom/user/ban/remove.json */
    void unmuteUsersInAllChatrooms(CallContext ctx, UnmuteUsersInAllChatroomsCommand command);

    /** /chatroom/user/ban/query.json */
    List<RestrictedUser> listUsersMutedInAllChatrooms(CallContext ctx);

    /** /chatroom/user/block/add.json */
    void blockChatroomMembers(CallContext ctx, BlockChatroomMembersCommand command);

    /** /chatroom/user/block/rollback.json */
    void unblockChatroomMembers(CallContext ctx, UnblockChatroomMembersCommand command);

    /** /chatroom/user/block/list.json */
    List<RestrictedUser> listBlockedChatroomMembers(CallContext ctx, ListBlockedChatroomMembersCommand command);

    /** /chatroom/entry/set.json */
    void setChatroomEntry(CallContext ctx, SetChatroomEntryCommand command);

    /** /chatroom/entry/batch/set.json */
    void batchSetChatroomEntries(CallContext ctx, BatchSetChatroomEntriesCommand command);

    /** /chatroom/entry/remove.json */
    void removeChatroomEntry(CallContext ctx, RemoveChatroomEntryCommand command);

    /** /chatroom/entry/batch/remove.json */
    void batchRemoveChatroomEntries(CallContext ctx, BatchRemoveChatroomEntriesCommand command);

    /** /chatroom/entry/query.json */
    List<ChatroomEntry> queryChatroomEntries(CallContext ctx, QueryChatroomEntriesCommand command);

    /** /chatroom/message/priority/add.json */
    void addChatroomLowPriorityMessageTypes(CallContext ctx, AddChatroomLowPriorityMessageTypesCommand command);

    /** /chatroom/message/priority/remove.json */
    void removeChatroomLowPriorityMessageTypes(CallContext ctx, RemoveChatroomLowPriorityMessageTypesCommand command);

    /** /chatroom/message/priority/query.json */
    List<String> queryChatroomLowPriorityMessageTypes(CallContext ctx);

    /** /chatroom/user/whitelist/add.json */
    void addChatroomUserWhitelist(CallContext ctx, AddChatroomUserWhitelistCommand command);

    /** /chatroom/user/whitelist/remove.json */
    void removeChatroomUserWhitelist(CallContext ctx, RemoveChatroomUserWhitelistCommand command);

    /** /chatroom/user/whitelist/query.json */
    List<String> queryChatroomUserWhitelist(CallContext ctx, QueryChatroomUserWhitelistCommand command);

    /** /chatroom/whitelist/add.json */
    void addChatroomMessageWhitelist(CallContext ctx, AddChatroomMessageWhitelistCommand command);

    /** /chatroom/whitelist/delete.json */
    void removeChatroomMessageWhitelist(CallContext ctx, RemoveChatroomMessageWhitelistCommand command);

    /** /chatroom/whitelist/query.json */
    List<String> queryChatroomMessageWhitelist(CallContext ctx);
}
