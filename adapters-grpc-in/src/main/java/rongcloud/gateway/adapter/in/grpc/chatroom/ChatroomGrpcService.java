package rongcloud.gateway.adapter.in.grpc.chatroom;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.domain.chatroom.AddChatroomKeepaliveCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomLowPriorityMessageTypesCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomMessageWhitelistCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.AddChatroomUserWhitelistCommand;
import rongcloud.gateway.domain.chatroom.BatchRemoveChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.BatchSetChatroomEntriesCommand;
import rongcloud.gateway.domain.chatroom.BindChatroomToRtcRoomCommand;
import rongcloud.gateway.domain.chatroom.BlockChatroomMembersCommand;
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
import rongcloud.gateway.domain.chatroom.SetChatroomDestroyTypeCommand;
import rongcloud.gateway.domain.chatroom.SetChatroomEntryCommand;
import rongcloud.gateway.domain.chatroom.UnblockChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteAllChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.UnmuteUsersInAllChatroomsCommand;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.proto.v1.AddChatroomKeepaliveRequest;
import rongcloud.gateway.proto.v1.AddChatroomKeepaliveResponse;
import rongcloud.gateway.proto.v1.AddChatroomLowPriorityMessageTypesRequest;
import rongcloud.gateway.proto.v1.AddChatroomLowPriorityMessageTypesResponse;
import rongcloud.gateway.proto.v1.AddChatroomMessageWhitelistRequest;
import rongcloud.gateway.proto.v1.AddChatroomMessageWhitelistResponse;
import rongcloud.gateway.proto.v1.AddChatroomMuteAllExceptionsRequest;
import rongcloud.gateway.proto.v1.AddChatroomMuteAllExceptionsResponse;
import rongcloud.gateway.proto.v1.AddChatroomUserWhitelistRequest;
import rongcloud.gateway.proto.v1.AddChatroomUserWhitelistResponse;
import rongcloud.gateway.proto.v1.BatchRemoveChatroomEntriesRequest;
import rongcloud.gateway.proto.v1.BatchRemoveChatroomEntriesResponse;
import rongcloud.gateway.proto.v1.BatchSetChatroomEntriesRequest;
import rongcloud.gateway.proto.v1.BatchSetChatroomEntriesResponse;
import rongcloud.gateway.proto.v1.BindChatroomToRtcRoomRequest;
import rongcloud.gateway.proto.v1.BindChatroomToRtcRoomResponse;
import rongcloud.gateway.proto.v1.BlockChatroomMembersRequest;
import rongcloud.gateway.proto.v1.BlockChatroomMembersResponse;
import rongcloud.gateway.proto.v1.ChatroomService;
import rongcloud.gateway.proto.v1.CheckChatroomMemberRequest;
import rongcloud.gateway.proto.v1.CheckChatroomMemberResponse;
import rongcloud.gateway.proto.v1.CheckChatroomMembersRequest;
import rongcloud.gateway.proto.v1.CheckChatroomMembersResponse;
import rongcloud.gateway.proto.v1.CheckChatroomMuteAllRequest;
import rongcloud.gateway.proto.v1.CheckChatroomMuteAllResponse;
import rongcloud.gateway.proto.v1.CreateChatroomLegacyRequest;
import rongcloud.gateway.proto.v1.CreateChatroomLegacyResponse;
import rongcloud.gateway.proto.v1.CreateChatroomRequest;
import rongcloud.gateway.proto.v1.CreateChatroomResponse;
import rongcloud.gateway.proto.v1.DestroyChatroomRequest;
import rongcloud.gateway.proto.v1.DestroyChatroomResponse;
import rongcloud.gateway.proto.v1.GetChatroomInfoRequest;
import rongcloud.gateway.proto.v1.GetChatroomInfoResponse;
import rongcloud.gateway.proto.v1.ListBlockedChatroomMembersRequest;
import rongcloud.gateway.proto.v1.ListBlockedChatroomMembersResponse;
import rongcloud.gateway.proto.v1.ListMutedAllChatroomsRequest;
import rongcloud.gateway.proto.v1.ListMutedAllChatroomsResponse;
import rongcloud.gateway.proto.v1.ListMutedChatroomMembersRequest;
import rongcloud.gateway.proto.v1.ListMutedChatroomMembersResponse;
import rongcloud.gateway.proto.v1.ListUsersMutedInAllChatroomsRequest;
import rongcloud.gateway.proto.v1.ListUsersMutedInAllChatroomsResponse;
import rongcloud.gateway.proto.v1.MuteAllChatroomMembersRequest;
import rongcloud.gateway.proto.v1.MuteAllChatroomMembersResponse;
import rongcloud.gateway.proto.v1.MuteChatroomMembersRequest;
import rongcloud.gateway.proto.v1.MuteChatroomMembersResponse;
import rongcloud.gateway.proto.v1.MuteUsersInAllChatroomsRequest;
import rongcloud.gateway.proto.v1.MuteUsersInAllChatroomsResponse;
import rongcloud.gateway.proto.v1.QueryChatroomEntriesRequest;
import rongcloud.gateway.proto.v1.QueryChatroomEntriesResponse;
import rongcloud.gateway.proto.v1.QueryChatroomKeepaliveRequest;
import rongcloud.gateway.proto.v1.QueryChatroomKeepaliveResponse;
import rongcloud.gateway.proto.v1.QueryChatroomLowPriorityMessageTypesRequest;
import rongcloud.gateway.proto.v1.QueryChatroomLowPriorityMessageTypesResponse;
import rongcloud.gateway.proto.v1.QueryChatroomMembersRequest;
import rongcloud.gateway.proto.v1.QueryChatroomMembersResponse;
import rongcloud.gateway.proto.v1.QueryChatroomMessageWhitelistRequest;
import rongcloud.gateway.proto.v1.QueryChatroomMessageWhitelistResponse;
import rongcloud.gateway.proto.v1.QueryChatroomMuteAllExceptionsRequest;
import rongcloud.gateway.proto.v1.QueryChatroomMuteAllExceptionsResponse;
import rongcloud.gateway.proto.v1.QueryChatroomUserWhitelistRequest;
import rongcloud.gateway.proto.v1.QueryChatroomUserWhitelistResponse;
import rongcloud.gateway.proto.v1.QueryChatroomsLegacyRequest;
import rongcloud.gateway.proto.v1.QueryChatroomsLegacyResponse;
import rongcloud.gateway.proto.v1.RemoveChatroomEntryRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomEntryResponse;
import rongcloud.gateway.proto.v1.RemoveChatroomKeepaliveRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomKeepaliveResponse;
import rongcloud.gateway.proto.v1.RemoveChatroomLowPriorityMessageTypesRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomLowPriorityMessageTypesResponse;
import rongcloud.gateway.proto.v1.RemoveChatroomMessageWhitelistRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomMessageWhitelistResponse;
import rongcloud.gateway.proto.v1.RemoveChatroomMuteAllExceptionsRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomMuteAllExceptionsResponse;
import rongcloud.gateway.proto.v1.RemoveChatroomUserWhitelistRequest;
import rongcloud.gateway.proto.v1.RemoveChatroomUserWhitelistResponse;
import rongcloud.gateway.proto.v1.SetChatroomDestroyTypeRequest;
import rongcloud.gateway.proto.v1.SetChatroomDestroyTypeResponse;
import rongcloud.gateway.proto.v1.SetChatroomEntryRequest;
import rongcloud.gateway.proto.v1.SetChatroomEntryResponse;
import rongcloud.gateway.proto.v1.UnblockChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnblockChatroomMembersResponse;
import rongcloud.gateway.proto.v1.UnmuteAllChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteAllChatroomMembersResponse;
import rongcloud.gateway.proto.v1.UnmuteChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteChatroomMembersResponse;
import rongcloud.gateway.proto.v1.UnmuteUsersInAllChatroomsRequest;
import rongcloud.gateway.proto.v1.UnmuteUsersInAllChatroomsResponse;

/** The "chatroom" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class ChatroomGrpcService implements ChatroomService {
    private final ChatroomUseCase rooms;

    @Inject
    public ChatroomGrpcService(ChatroomUseCase rooms) {
        this.rooms = rooms;
    }

    @Override
    public Uni<CreateChatroomResponse> createChatroom(CreateChatroomRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.createChatroom(ctx, new CreateChatroomCommand(r.getChatroomId(), Optional.ofNullable(ChatroomMessages.policy(r.hasDestroyPolicy(), r.getDestroyPolicy())), r.getMuteAll(), r.getMuteAllExceptionsList(), ChatroomMessages.text(r.getEntryOwnerId()), r.getEntriesMap()));
            return CreateChatroomResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<SetChatroomDestroyTypeResponse> setChatroomDestroyType(SetChatroomDestroyTypeRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.setChatroomDestroyType(ctx, new SetChatroomDestroyTypeCommand(r.getChatroomId(), ChatroomMessages.policy(r.hasDestroyPolicy(), r.getDestroyPolicy())));
            return SetChatroomDestroyTypeResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DestroyChatroomResponse> destroyChatroom(DestroyChatroomRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.destroyChatroom(ctx, new DestroyChatroomCommand(r.getChatroomIdsList()));
            return DestroyChatroomResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetChatroomInfoResponse> getChatroomInfo(GetChatroomInfoRequest r) {
        return GrpcCalls.unary(ctx -> {
            ChatroomInfo i = rooms.getChatroomInfo(ctx, new GetChatroomInfoCommand(r.getChatroomId()));
            GetChatroomInfoResponse.Builder b = GetChatroomInfoResponse.newBuilder().setChatroomId(i.chatroomId())
                    .setMemberCount(i.memberCount()).setDestroyPolicy(ChatroomMessages.policy(i.destroyPolicy()))
                    .setMuteAll(i.muteAll());
            i.createTime().ifPresent(t -> b.setCreateTime(ProtoTime.of(t)));
            return b.build();
        });
    }

    @Override
    public Uni<BindChatroomToRtcRoomResponse> bindChatroomToRtcRoom(BindChatroomToRtcRoomRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.bindChatroomToRtcRoom(ctx, new BindChatroomToRtcRoomCommand(r.getChatroomId(), r.getRtcRoomId()));
            return BindChatroomToRtcRoomResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<CreateChatroomLegacyResponse> createChatroomLegacy(CreateChatroomLegacyRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.createChatroomLegacy(ctx, new CreateChatroomLegacyCommand(r.getChatroomNamesMap()));
            return CreateChatroomLegacyResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryChatroomsLegacyResponse> queryChatroomsLegacy(QueryChatroomsLegacyRequest r) {
        return GrpcCalls.unary(ctx -> {
            QueryChatroomsLegacyResponse.Builder b = QueryChatroomsLegacyResponse.newBuilder();
            for (LegacyChatroom c : rooms.queryChatroomsLegacy(ctx, new QueryChatroomsLegacyCommand(r.getChatroomIdsList()))) {
                rongcloud.gateway.proto.v1.LegacyChatroom.Builder m = rongcloud.gateway.proto.v1.LegacyChatroom.newBuilder().setChatroomId(c.chatroomId()).setName(c.name());
                c.createTime().ifPresent(t -> m.setCreateTime(ProtoTime.of(t)));
                b.addChatrooms(m);
            }
            return b.build();
        });
    }

    @Override
    public Uni<AddChatroomKeepaliveResponse> addChatroomKeepalive(AddChatroomKeepaliveRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.addChatroomKeepalive(ctx, new AddChatroomKeepaliveCommand(r.getChatroomId()));
            return AddChatroomKeepaliveResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveChatroomKeepaliveResponse> removeChatroomKeepalive(RemoveChatroomKeepaliveRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.removeChatroomKeepalive(ctx, new RemoveChatroomKeepaliveCommand(r.getChatroomId()));
            return RemoveChatroomKeepaliveResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryChatroomKeepaliveResponse> queryChatroomKeepalive(QueryChatroomKeepaliveRequest r) {
        return GrpcCalls.unary(ctx -> {
            return QueryChatroomKeepaliveResponse.newBuilder().addAllChatroomIds(rooms.queryChatroomKeepalive(ctx)).build();
        });
    }

    @Override
    public Uni<QueryChatroomMembersResponse> queryChatroomMembers(QueryChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            ChatroomMembers m = rooms.queryChatroomMembers(ctx, new QueryChatroomMembersCommand(r.getChatroomId(), r.getCount(), ChatroomMessages.order(r.getOrder())));
            QueryChatroomMembersResponse.Builder b = QueryChatroomMembersResponse.newBuilder().setTotal(m.total());
            m.members().forEach(x -> b.addMembers(ChatroomMessages.member(x)));
            return b.build();
        });
    }

    @Override
    public Uni<CheckChatroomMemberResponse> checkChatroomMember(CheckChatroomMemberRequest r) {
        return GrpcCalls.unary(ctx -> {
            return CheckChatroomMemberResponse.newBuilder().setInChatroom(rooms.checkChatroomMember(ctx, new CheckChatroomMemberCommand(r.getChatroomId(), r.getUserId()))).build();
        });
    }

    @Override
    public Uni<CheckChatroomMembersResponse> checkChatroomMembers(CheckChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            return CheckChatroomMembersResponse.newBuilder().putAllInChatroom(rooms.checkChatroomMembers(ctx, new CheckChatroomMembersCommand(r.getChatroomId(), r.getUserIdsList()))).build();
        });
    }

    @Override
    public Uni<MuteChatroomMembersResponse> muteChatroomMembers(MuteChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.muteChatroomMembers(ctx, new MuteChatroomMembersCommand(r.getChatroomId(), r.getUserIdsList(), r.getMinutes(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return MuteChatroomMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnmuteChatroomMembersResponse> unmuteChatroomMembers(UnmuteChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.unmuteChatroomMembers(ctx, new UnmuteChatroomMembersCommand(r.getChatroomId(), r.getUserIdsList(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return UnmuteChatroomMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListMutedChatroomMembersResponse> listMutedChatroomMembers(ListMutedChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            return ListMutedChatroomMembersResponse.newBuilder().addAllUsers(rooms.listMutedChatroomMembers(ctx, new ListMutedChatroomMembersCommand(r.getChatroomId())).stream().map(ChatroomMessages::restricted).toList()).build();
        });
    }

    @Override
    public Uni<MuteAllChatroomMembersResponse> muteAllChatroomMembers(MuteAllChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.muteAllChatroomMembers(ctx, new MuteAllChatroomMembersCommand(r.getChatroomId(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return MuteAllChatroomMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnmuteAllChatroomMembersResponse> unmuteAllChatroomMembers(UnmuteAllChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.unmuteAllChatroomMembers(ctx, new UnmuteAllChatroomMembersCommand(r.getChatroomId(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return UnmuteAllChatroomMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListMutedAllChatroomsResponse> listMutedAllChatrooms(ListMutedAllChatroomsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = rooms.listMutedAllChatrooms(ctx, ListMutedAllChatroomsCommand.of(r.getPageSize(), r.getPageToken()));
            return ListMutedAllChatroomsResponse.newBuilder().addAllChatroomIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<CheckChatroomMuteAllResponse> checkChatroomMuteAll(CheckChatroomMuteAllRequest r) {
        return GrpcCalls.unary(ctx -> {
            return CheckChatroomMuteAllResponse.newBuilder().setMuteAll(rooms.checkChatroomMuteAll(ctx, new CheckChatroomMuteAllCommand(r.getChatroomId()))).build();
        });
    }

    @Override
    public Uni<AddChatroomMuteAllExceptionsResponse> addChatroomMuteAllExceptions(AddChatroomMuteAllExceptionsRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.addChatroomMuteAllExceptions(ctx, new AddChatroomMuteAllExceptionsCommand(r.getChatroomId(), r.getUserIdsList(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return AddChatroomMuteAllExceptionsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveChatroomMuteAllExceptionsResponse> removeChatroomMuteAllExceptions(RemoveChatroomMuteAllExceptionsRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.removeChatroomMuteAllExceptions(ctx, new RemoveChatroomMuteAllExceptionsCommand(r.getChatroomId(), r.getUserIdsList(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return RemoveChatroomMuteAllExceptionsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryChatroomMuteAllExceptionsResponse> queryChatroomMuteAllExceptions(QueryChatroomMuteAllExceptionsRequest r) {
        return GrpcCalls.unary(ctx -> {
            return QueryChatroomMuteAllExceptionsResponse.newBuilder().addAllUserIds(rooms.queryChatroomMuteAllExceptions(ctx, new QueryChatroomMuteAllExceptionsCommand(r.getChatroomId()))).build();
        });
    }

    @Override
    public Uni<MuteUsersInAllChatroomsResponse> muteUsersInAllChatrooms(MuteUsersInAllChatroomsRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.muteUsersInAllChatrooms(ctx, new MuteUsersInAllChatroomsCommand(r.getUserIdsList(), r.getMinutes(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return MuteUsersInAllChatroomsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnmuteUsersInAllChatroomsResponse> unmuteUsersInAllChatrooms(UnmuteUsersInAllChatroomsRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.unmuteUsersInAllChatrooms(ctx, new UnmuteUsersInAllChatroomsCommand(r.getUserIdsList(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return UnmuteUsersInAllChatroomsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListUsersMutedInAllChatroomsResponse> listUsersMutedInAllChatrooms(ListUsersMutedInAllChatroomsRequest r) {
        return GrpcCalls.unary(ctx -> {
            return ListUsersMutedInAllChatroomsResponse.newBuilder().addAllUsers(rooms.listUsersMutedInAllChatrooms(ctx).stream().map(ChatroomMessages::restricted).toList()).build();
        });
    }

    @Override
    public Uni<BlockChatroomMembersResponse> blockChatroomMembers(BlockChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.blockChatroomMembers(ctx, new BlockChatroomMembersCommand(r.getChatroomId(), r.getUserIdsList(), r.getMinutes(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return BlockChatroomMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnblockChatroomMembersResponse> unblockChatroomMembers(UnblockChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.unblockChatroomMembers(ctx, new UnblockChatroomMembersCommand(r.getChatroomId(), r.getUserIdsList(), ChatroomMessages.notice(r.hasNotification(), r.getNotification())));
            return UnblockChatroomMembersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListBlockedChatroomMembersResponse> listBlockedChatroomMembers(ListBlockedChatroomMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            return ListBlockedChatroomMembersResponse.newBuilder().addAllUsers(rooms.listBlockedChatroomMembers(ctx, new ListBlockedChatroomMembersCommand(r.getChatroomId())).stream().map(ChatroomMessages::restricted).toList()).build();
        });
    }

    @Override
    public Uni<SetChatroomEntryResponse> setChatroomEntry(SetChatroomEntryRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.setChatroomEntry(ctx, new SetChatroomEntryCommand(r.getChatroomId(), r.getUserId(), r.getKey(), r.getValue(), r.getAutoDelete(), r.getNotify(), ChatroomMessages.text(r.getNotifyExtra())));
            return SetChatroomEntryResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BatchSetChatroomEntriesResponse> batchSetChatroomEntries(BatchSetChatroomEntriesRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.batchSetChatroomEntries(ctx, new BatchSetChatroomEntriesCommand(r.getChatroomId(), r.getEntryOwnerId(), r.getEntriesMap(), r.getAutoDelete()));
            return BatchSetChatroomEntriesResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveChatroomEntryResponse> removeChatroomEntry(RemoveChatroomEntryRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.removeChatroomEntry(ctx, new RemoveChatroomEntryCommand(r.getChatroomId(), r.getUserId(), r.getKey(), r.getNotify(), ChatroomMessages.text(r.getNotifyExtra())));
            return RemoveChatroomEntryResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BatchRemoveChatroomEntriesResponse> batchRemoveChatroomEntries(BatchRemoveChatroomEntriesRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.batchRemoveChatroomEntries(ctx, new BatchRemoveChatroomEntriesCommand(r.getChatroomId(), r.getEntryOwnerId(), r.getKeysList()));
            return BatchRemoveChatroomEntriesResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryChatroomEntriesResponse> queryChatroomEntries(QueryChatroomEntriesRequest r) {
        return GrpcCalls.unary(ctx -> {
            return QueryChatroomEntriesResponse.newBuilder().addAllEntries(rooms.queryChatroomEntries(ctx, new QueryChatroomEntriesCommand(r.getChatroomId(), r.getKeysList())).stream().map(ChatroomMessages::entry).toList()).build();
        });
    }

    @Override
    public Uni<AddChatroomLowPriorityMessageTypesResponse> addChatroomLowPriorityMessageTypes(AddChatroomLowPriorityMessageTypesRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.addChatroomLowPriorityMessageTypes(ctx, new AddChatroomLowPriorityMessageTypesCommand(r.getObjectNamesList()));
            return AddChatroomLowPriorityMessageTypesResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveChatroomLowPriorityMessageTypesResponse> removeChatroomLowPriorityMessageTypes(RemoveChatroomLowPriorityMessageTypesRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.removeChatroomLowPriorityMessageTypes(ctx, new RemoveChatroomLowPriorityMessageTypesCommand(r.getObjectNamesList()));
            return RemoveChatroomLowPriorityMessageTypesResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryChatroomLowPriorityMessageTypesResponse> queryChatroomLowPriorityMessageTypes(QueryChatroomLowPriorityMessageTypesRequest r) {
        return GrpcCalls.unary(ctx -> {
            return QueryChatroomLowPriorityMessageTypesResponse.newBuilder().addAllObjectNames(rooms.queryChatroomLowPriorityMessageTypes(ctx)).build();
        });
    }

    @Override
    public Uni<AddChatroomUserWhitelistResponse> addChatroomUserWhitelist(AddChatroomUserWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.addChatroomUserWhitelist(ctx, new AddChatroomUserWhitelistCommand(r.getChatroomId(), r.getUserIdsList()));
            return AddChatroomUserWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveChatroomUserWhitelistResponse> removeChatroomUserWhitelist(RemoveChatroomUserWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.removeChatroomUserWhitelist(ctx, new RemoveChatroomUserWhitelistCommand(r.getChatroomId(), r.getUserIdsList()));
            return RemoveChatroomUserWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryChatroomUserWhitelistResponse> queryChatroomUserWhitelist(QueryChatroomUserWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            return QueryChatroomUserWhitelistResponse.newBuilder().addAllUserIds(rooms.queryChatroomUserWhitelist(ctx, new QueryChatroomUserWhitelistCommand(r.getChatroomId()))).build();
        });
    }

    @Override
    public Uni<AddChatroomMessageWhitelistResponse> addChatroomMessageWhitelist(AddChatroomMessageWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.addChatroomMessageWhitelist(ctx, new AddChatroomMessageWhitelistCommand(r.getObjectNamesList()));
            return AddChatroomMessageWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveChatroomMessageWhitelistResponse> removeChatroomMessageWhitelist(RemoveChatroomMessageWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            rooms.removeChatroomMessageWhitelist(ctx, new RemoveChatroomMessageWhitelistCommand(r.getObjectNamesList()));
            return RemoveChatroomMessageWhitelistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<QueryChatroomMessageWhitelistResponse> queryChatroomMessageWhitelist(QueryChatroomMessageWhitelistRequest r) {
        return GrpcCalls.unary(ctx -> {
            return QueryChatroomMessageWhitelistResponse.newBuilder().addAllObjectNames(rooms.queryChatroomMessageWhitelist(ctx)).build();
        });
    }
}
