package rongcloud.gateway.application.cache;

import static rongcloud.gateway.application.port.out.cache.CacheKind.CHATROOM_BLOCKS;
import static rongcloud.gateway.application.port.out.cache.CacheKind.CHATROOM_MEMBER_MUTES;
import static rongcloud.gateway.application.port.out.cache.CacheKind.CHATROOM_MUTE_ALL;
import static rongcloud.gateway.application.port.out.cache.CacheKind.CHATROOM_MUTE_ALL_EXCEPTIONS;
import static rongcloud.gateway.application.port.out.cache.CacheKind.WHOLE_LIST;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.port.out.cache.CacheKind;
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
import rongcloud.gateway.domain.chatroom.ChatroomEntry;
import rongcloud.gateway.domain.chatroom.ChatroomInfo;
import rongcloud.gateway.domain.chatroom.ChatroomMembers;
import rongcloud.gateway.domain.chatroom.CheckChatroomMemberCommand;
import rongcloud.gateway.domain.chatroom.CheckChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.CheckChatroomMuteAllCommand;
import rongcloud.gateway.domain.chatroom.CreateChatroomCommand;
import rongcloud.gateway.domain.chatroom.CreateChatroomLegacyCommand;
import rongcloud.gateway.domain.chatroom.DestroyChatroomCommand;
import rongcloud.gateway.domain.chatroom.GetChatroomInfoCommand;
import rongcloud.gateway.domain.chatroom.LegacyChatroom;
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
import rongcloud.gateway.domain.chatroom.RestrictedUser;
import rongcloud.gateway.domain.chatroom.SetChatroomDestroyTypeCommand;
import rongcloud.gateway.domain.chatroom.SetChatroomEntryCommand;
import rongcloud.gateway.domain.chatroom.UnblockChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteAllChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteUsersInAllChatroomsCommand;
import rongcloud.gateway.domain.paging.Page;

/**
 * The chatroom area, write-through: after a mutation's upstream call succeeded, the chatroom mutes, mute-all states,
 * mute-all exception lists and bans it changed are invalidated here and on every other instance. Creating a chatroom
 * (possibly muted for all, with exceptions, over a cached "does not exist") or destroying one (RongCloud clears its
 * state) drops all four for it.
 */
public final class WriteThroughChatrooms implements ChatroomUseCase {
    private final ChatroomUseCase next;
    private final StateCaches caches;

    public WriteThroughChatrooms(ChatroomUseCase next, StateCaches caches) {
        this.next = next;
        this.caches = caches;
    }

    @Override
    public void createChatroom(CallContext ctx, CreateChatroomCommand command) {
        next.createChatroom(ctx, command);
        dropRooms(List.of(command.chatroomId())); // may be created muted for all, with exceptions
    }

    @Override
    public void setChatroomDestroyType(CallContext ctx, SetChatroomDestroyTypeCommand command) {
        next.setChatroomDestroyType(ctx, command);
    }

    @Override
    public void destroyChatroom(CallContext ctx, DestroyChatroomCommand command) {
        next.destroyChatroom(ctx, command);
        dropRooms(command.chatroomIds());
    }

    /** Every chatroom kind of these chatrooms (created, possibly over a "does not exist" entry, or destroyed). */
    private void dropRooms(List<String> chatroomIds) {
        for (CacheKind kind : List.of(CHATROOM_MEMBER_MUTES, CHATROOM_MUTE_ALL, CHATROOM_MUTE_ALL_EXCEPTIONS, CHATROOM_BLOCKS)) {
            caches.invalidate(kind, chatroomIds);
        }
    }

    @Override
    public ChatroomInfo getChatroomInfo(CallContext ctx, GetChatroomInfoCommand command) {
        return next.getChatroomInfo(ctx, command);
    }

    @Override
    public void bindChatroomToRtcRoom(CallContext ctx, BindChatroomToRtcRoomCommand command) {
        next.bindChatroomToRtcRoom(ctx, command);
    }

    @Override
    public void createChatroomLegacy(CallContext ctx, CreateChatroomLegacyCommand command) {
        next.createChatroomLegacy(ctx, command);
        dropRooms(List.copyOf(command.chatroomNames().keySet()));
    }

    @Override
    public List<LegacyChatroom> queryChatroomsLegacy(CallContext ctx, QueryChatroomsLegacyCommand command) {
        return next.queryChatroomsLegacy(ctx, command);
    }

    @Override
    public void addChatroomKeepalive(CallContext ctx, AddChatroomKeepaliveCommand command) {
        next.addChatroomKeepalive(ctx, command);
    }

    @Override
    public void removeChatroomKeepalive(CallContext ctx, RemoveChatroomKeepaliveCommand command) {
        next.removeChatroomKeepalive(ctx, command);
    }

    @Override
    public List<String> queryChatroomKeepalive(CallContext ctx) {
        return next.queryChatroomKeepalive(ctx);
    }

    @Override
    public ChatroomMembers queryChatroomMembers(CallContext ctx, QueryChatroomMembersCommand command) {
        return next.queryChatroomMembers(ctx, command);
    }

    @Override
    public boolean checkChatroomMember(CallContext ctx, CheckChatroomMemberCommand command) {
        return next.checkChatroomMember(ctx, command);
    }

    @Override
    public Map<String, Boolean> checkChatroomMembers(CallContext ctx, CheckChatroomMembersCommand command) {
        return next.checkChatroomMembers(ctx, command);
    }

    @Override
    public void muteChatroomMembers(CallContext ctx, MuteChatroomMembersCommand command) {
        next.muteChatroomMembers(ctx, command);
        caches.invalidate(CHATROOM_MEMBER_MUTES, command.chatroomId());
    }

    @Override
    public void unmuteChatroomMembers(CallContext ctx, UnmuteChatroomMembersCommand command) {
        next.unmuteChatroomMembers(ctx, command);
        caches.invalidate(CHATROOM_MEMBER_MUTES, command.chatroomId());
    }

    @Override
    public List<RestrictedUser> listMutedChatroomMembers(CallContext ctx, ListMutedChatroomMembersCommand command) {
        return next.listMutedChatroomMembers(ctx, command);
    }

    @Override
    public void muteAllChatroomMembers(CallContext ctx, MuteAllChatroomMembersCommand command) {
        next.muteAllChatroomMembers(ctx, command);
        caches.invalidate(CHATROOM_MUTE_ALL, command.chatroomId());
    }

    @Override
    public void unmuteAllChatroomMembers(CallContext ctx, UnmuteAllChatroomMembersCommand command) {
        next.unmuteAllChatroomMembers(ctx, command);
        caches.invalidate(CHATROOM_MUTE_ALL, command.chatroomId());
    }

    @Override
    public Page<String> listMutedAllChatrooms(CallContext ctx, ListMutedAllChatroomsCommand command) {
        return next.listMutedAllChatrooms(ctx, command);
    }

    @Override
    public boolean checkChatroomMuteAll(CallContext ctx, CheckChatroomMuteAllCommand command) {
        return next.checkChatroomMuteAll(ctx, command);
    }

    @Override
    public void addChatroomMuteAllExceptions(CallContext ctx, AddChatroomMuteAllExceptionsCommand command) {
        next.addChatroomMuteAllExceptions(ctx, command);
        caches.invalidate(CHATROOM_MUTE_ALL_EXCEPTIONS, command.chatroomId());
    }

    @Override
    public void removeChatroomMuteAllExceptions(CallContext ctx, RemoveChatroomMuteAllExceptionsCommand command) {
        next.removeChatroomMuteAllExceptions(ctx, command);
        caches.invalidate(CHATROOM_MUTE_ALL_EXCEPTIONS, command.chatroomId());
    }

    @Override
    public List<String> queryChatroomMuteAllExceptions(CallContext ctx, QueryChatroomMuteAllExceptionsCommand command) {
        return next.queryChatroomMuteAllExceptions(ctx, command);
    }

    @Override
    public void muteUsersInAllChatrooms(CallContext ctx, MuteUsersInAllChatroomsCommand command) {
        next.muteUsersInAllChatrooms(ctx, command);
        caches.invalidate(CHATROOM_MEMBER_MUTES, WHOLE_LIST);
    }

    @Override
    public void unmuteUsersInAllChatrooms(CallContext ctx, UnmuteUsersInAllChatroomsCommand command) {
        next.unmuteUsersInAllChatrooms(ctx, command);
        caches.invalidate(CHATROOM_MEMBER_MUTES, WHOLE_LIST);
    }

    @Override
    public List<RestrictedUser> listUsersMutedInAllChatrooms(CallContext ctx) {
        return next.listUsersMutedInAllChatrooms(ctx);
    }

    @Override
    public void blockChatroomMembers(CallContext ctx, BlockChatroomMembersCommand command) {
        next.blockChatroomMembers(ctx, command);
        caches.invalidate(CHATROOM_BLOCKS, command.chatroomId());
    }

    @Override
    public void unblockChatroomMembers(CallContext ctx, UnblockChatroomMembersCommand command) {
        next.unblockChatroomMembers(ctx, command);
        caches.invalidate(CHATROOM_BLOCKS, command.chatroomId());
    }

    @Override
    public List<RestrictedUser> listBlockedChatroomMembers(CallContext ctx, ListBlockedChatroomMembersCommand command) {
        return next.listBlockedChatroomMembers(ctx, command);
    }

    @Override
    public void setChatroomEntry(CallContext ctx, SetChatroomEntryCommand command) {
        next.setChatroomEntry(ctx, command);
    }

    @Override
    public void batchSetChatroomEntries(CallContext ctx, BatchSetChatroomEntriesCommand command) {
        next.batchSetChatroomEntries(ctx, command);
    }

    @Override
    public void removeChatroomEntry(CallContext ctx, RemoveChatroomEntryCommand command) {
        next.removeChatroomEntry(ctx, command);
    }

    @Override
    public void batchRemoveChatroomEntries(CallContext ctx, BatchRemoveChatroomEntriesCommand command) {
        next.batchRemoveChatroomEntries(ctx, command);
    }

    @Override
    public List<ChatroomEntry> queryChatroomEntries(CallContext ctx, QueryChatroomEntriesCommand command) {
        return next.queryChatroomEntries(ctx, command);
    }

    @Override
    public void addChatroomLowPriorityMessageTypes(CallContext ctx, AddChatroomLowPriorityMessageTypesCommand command) {
        next.addChatroomLowPriorityMessageTypes(ctx, command);
    }

    @Override
    public void removeChatroomLowPriorityMessageTypes(CallContext ctx, RemoveChatroomLowPriorityMessageTypesCommand command) {
        next.removeChatroomLowPriorityMessageTypes(ctx, command);
    }

    @Override
    public List<String> queryChatroomLowPriorityMessageTypes(CallContext ctx) {
        return next.queryChatroomLowPriorityMessageTypes(ctx);
    }

    @Override
    public void addChatroomUserWhitelist(CallContext ctx, AddChatroomUserWhitelistCommand command) {
        next.addChatroomUserWhitelist(ctx, command);
    }

    @Override
    public void removeChatroomUserWhitelist(CallContext ctx, RemoveChatroomUserWhitelistCommand command) {
        next.removeChatroomUserWhitelist(ctx, command);
    }

    @Override
    public List<String> queryChatroomUserWhitelist(CallContext ctx, QueryChatroomUserWhitelistCommand command) {
        return next.queryChatroomUserWhitelist(ctx, command);
    }

    @Override
    public void addChatroomMessageWhitelist(CallContext ctx, AddChatroomMessageWhitelistCommand command) {
        next.addChatroomMessageWhitelist(ctx, command);
    }

    @Override
    public void removeChatroomMessageWhitelist(CallContext ctx, RemoveChatroomMessageWhitelistCommand command) {
        next.removeChatroomMessageWhitelist(ctx, command);
    }

    @Override
    public List<String> queryChatroomMessageWhitelist(CallContext ctx) {
        return next.queryChatroomMessageWhitelist(ctx);
    }
}
