package rongcloud.gateway.application.service.chatroom;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
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
import rongcloud.gateway.domain.chatroom.ChatroomPort;
import rongcloud.gateway.domain.chatroom.ChatroomEntry;
import rongcloud.gateway.domain.chatroom.ChatroomInfo;
import rongcloud.gateway.domain.chatroom.ChatroomMembers;
import rongcloud.gateway.domain.chatroom.LegacyChatroom;
import rongcloud.gateway.domain.chatroom.RestrictedUser;
import rongcloud.gateway.domain.paging.Page;

/**
 * Orchestrates the "chatroom" area. Commands arrive validated; every method first spends quota for its
 * upstream path (attribute writes count one unit per attribute, in the shared KV pools), then makes its single
 * upstream call.
 */
public final class ChatroomService implements ChatroomUseCase {
    private final ChatroomPort port;
    private final QuotaGate quota;

    public ChatroomService(ChatroomPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void createChatroom(CallContext ctx, CreateChatroomCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/create_new.json"));
        port.createChatroom(ctx, command);
    }

    @Override
    public void setChatroomDestroyType(CallContext ctx, SetChatroomDestroyTypeCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/destroy/set.json"));
        port.setChatroomDestroyType(ctx, command);
    }

    @Override
    public void destroyChatroom(CallContext ctx, DestroyChatroomCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/destroy.json"));
        port.destroyChatroom(ctx, command);
    }

    @Override
    public ChatroomInfo getChatroomInfo(CallContext ctx, GetChatroomInfoCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/get.json"));
        return port.getChatroomInfo(ctx, command);
    }

    @Override
    public void bindChatroomToRtcRoom(CallContext ctx, BindChatroomToRtcRoomCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/correlation/rtc.json"));
        port.bindChatroomToRtcRoom(ctx, command);
    }

    @Override
    public void createChatroomLegacy(CallContext ctx, CreateChatroomLegacyCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/create.json"));
        port.createChatroomLegacy(ctx, command);
    }

    @Override
    public List<LegacyChatroom> queryChatroomsLegacy(CallContext ctx, QueryChatroomsLegacyCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/query.json"));
        return port.queryChatroomsLegacy(ctx, command);
    }

    @Override
    public void addChatroomKeepalive(CallContext ctx, AddChatroomKeepaliveCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/keepalive/add.json"));
        port.addChatroomKeepalive(ctx, command);
    }

    @Override
    public void removeChatroomKeepalive(CallContext ctx, RemoveChatroomKeepaliveCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/keepalive/remove.json"));
        port.removeChatroomKeepalive(ctx, command);
    }

    @Override
    public List<String> queryChatroomKeepalive(CallContext ctx) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/keepalive/query.json"));
        return port.queryChatroomKeepalive(ctx);
    }

    @Override
    public ChatroomMembers queryChatroomMembers(CallContext ctx, QueryChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/query.json"));
        return port.queryChatroomMembers(ctx, command);
    }

    @Override
    public boolean checkChatroomMember(CallContext ctx, CheckChatroomMemberCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/exist.json"));
        return port.checkChatroomMember(ctx, command);
    }

    @Override
    public Map<String, Boolean> checkChatroomMembers(CallContext ctx, CheckChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/users/exist.json"));
        return port.checkChatroomMembers(ctx, command);
    }

    @Override
    public void muteChatroomMembers(CallContext ctx, MuteChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/gag/add.json"));
        port.muteChatroomMembers(ctx, command);
    }

    @Override
    public void unmuteChatroomMembers(CallContext ctx, UnmuteChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/gag/rollback.json"));
        port.unmuteChatroomMembers(ctx, command);
    }

    @Override
    public List<RestrictedUser> listMutedChatroomMembers(CallContext ctx, ListMutedChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/gag/list.json"));
        return port.listMutedChatroomMembers(ctx, command);
    }

    @Override
    public void muteAllChatroomMembers(CallContext ctx, MuteAllChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/ban/add.json"));
        port.muteAllChatroomMembers(ctx, command);
    }

    @Override
    public void unmuteAllChatroomMembers(CallContext ctx, UnmuteAllChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/ban/rollback.json"));
        port.unmuteAllChatroomMembers(ctx, command);
    }

    @Override
    public Page<String> listMutedAllChatrooms(CallContext ctx, ListMutedAllChatroomsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/ban/query.json"));
        return port.listMutedAllChatrooms(ctx, command);
    }

    @Override
    public boolean checkChatroomMuteAll(CallContext ctx, CheckChatroomMuteAllCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/ban/check.json"));
        return port.checkChatroomMuteAll(ctx, command);
    }

    @Override
    public void addChatroomMuteAllExceptions(CallContext ctx, AddChatroomMuteAllExceptionsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/ban/whitelist/add.json"));
        port.addChatroomMuteAllExceptions(ctx, command);
    }

    @Override
    public void removeChatroomMuteAllExceptions(CallContext ctx, RemoveChatroomMuteAllExceptionsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/ban/whitelist/rollback.json"));
        port.removeChatroomMuteAllExceptions(ctx, command);
    }

    @Override
    public List<String> queryChatroomMuteAllExceptions(CallContext ctx, QueryChatroomMuteAllExceptionsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/ban/whitelist/query.json"));
        return port.queryChatroomMuteAllExceptions(ctx, command);
    }

    @Override
    public void muteUsersInAllChatrooms(CallContext ctx, MuteUsersInAllChatroomsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/ban/add.json"));
        port.muteUsersInAllChatrooms(ctx, command);
    }

    @Override
    public void unmuteUsersInAllChatrooms(CallContext ctx, UnmuteUsersInAllChatroomsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/ban/remove.json"));
        port.unmuteUsersInAllChatrooms(ctx, command);
    }

    @Override
    public List<RestrictedUser> listUsersMutedInAllChatrooms(CallContext ctx) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/ban/query.json"));
        return port.listUsersMutedInAllChatrooms(ctx);
    }

    @Override
    public void blockChatroomMembers(CallContext ctx, BlockChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/block/add.json"));
        port.blockChatroomMembers(ctx, command);
    }

    @Override
    public void unblockChatroomMembers(CallContext ctx, UnblockChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/block/rollback.json"));
        port.unblockChatroomMembers(ctx, command);
    }

    @Override
    public List<RestrictedUser> listBlockedChatroomMembers(CallContext ctx, ListBlockedChatroomMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/block/list.json"));
        return port.listBlockedChatroomMembers(ctx, command);
    }

    @Override
    public void setChatroomEntry(CallContext ctx, SetChatroomEntryCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/entry/set.json").attributes(1, "key"));
        port.setChatroomEntry(ctx, command);
    }

    @Override
    public void batchSetChatroomEntries(CallContext ctx, BatchSetChatroomEntriesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/entry/batch/set.json").attributes(command.entries().size(), "entries"));
        port.batchSetChatroomEntries(ctx, command);
    }

    @Override
    public void removeChatroomEntry(CallContext ctx, RemoveChatroomEntryCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/entry/remove.json").attributes(1, "key"));
        port.removeChatroomEntry(ctx, command);
    }

    @Override
    public void batchRemoveChatroomEntries(CallContext ctx, BatchRemoveChatroomEntriesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/entry/batch/remove.json").attributes(command.keys().size(), "keys"));
        port.batchRemoveChatroomEntries(ctx, command);
    }

    @Override
    public List<ChatroomEntry> queryChatroomEntries(CallContext ctx, QueryChatroomEntriesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/entry/query.json"));
        return port.queryChatroomEntries(ctx, command);
    }

    @Override
    public void addChatroomLowPriorityMessageTypes(CallContext ctx, AddChatroomLowPriorityMessageTypesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/message/priority/add.json"));
        port.addChatroomLowPriorityMessageTypes(ctx, command);
    }

    @Override
    public void removeChatroomLowPriorityMessageTypes(CallContext ctx, RemoveChatroomLowPriorityMessageTypesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/message/priority/remove.json"));
        port.removeChatroomLowPriorityMessageTypes(ctx, command);
    }

    @Override
    public List<String> queryChatroomLowPriorityMessageTypes(CallContext ctx) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/message/priority/query.json"));
        return port.queryChatroomLowPriorityMessageTypes(ctx);
    }

    @Override
    public void addChatroomUserWhitelist(CallContext ctx, AddChatroomUserWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/whitelist/add.json"));
        port.addChatroomUserWhitelist(ctx, command);
    }

    @Override
    public void removeChatroomUserWhitelist(CallContext ctx, RemoveChatroomUserWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/whitelist/remove.json"));
        port.removeChatroomUserWhitelist(ctx, command);
    }

    @Override
    public List<String> queryChatroomUserWhitelist(CallContext ctx, QueryChatroomUserWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/user/whitelist/query.json"));
        return port.queryChatroomUserWhitelist(ctx, command);
    }

    @Override
    public void addChatroomMessageWhitelist(CallContext ctx, AddChatroomMessageWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/whitelist/add.json"));
        port.addChatroomMessageWhitelist(ctx, command);
    }

    @Override
    public void removeChatroomMessageWhitelist(CallContext ctx, RemoveChatroomMessageWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/whitelist/delete.json"));
        port.removeChatroomMessageWhitelist(ctx, command);
    }

    @Override
    public List<String> queryChatroomMessageWhitelist(CallContext ctx) {
        quota.acquire(ctx, QuotaCall.of("/chatroom/whitelist/query.json"));
        return port.queryChatroomMessageWhitelist(ctx);
    }
}
