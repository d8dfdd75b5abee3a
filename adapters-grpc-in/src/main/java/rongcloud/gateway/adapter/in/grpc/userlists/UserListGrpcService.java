package rongcloud.gateway.adapter.in.grpc.userlists;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userlists.GetListModesCommand;
import rongcloud.gateway.domain.userlists.ListMode;
import rongcloud.gateway.domain.userlists.ListUserListCommand;
import rongcloud.gateway.domain.userlists.SetListModeCommand;
import rongcloud.gateway.domain.userlists.UserListEntriesCommand;
import rongcloud.gateway.proto.v1.AddUsersToAllowlistRequest;
import rongcloud.gateway.proto.v1.AddUsersToAllowlistResponse;
import rongcloud.gateway.proto.v1.AddUsersToBlacklistRequest;
import rongcloud.gateway.proto.v1.AddUsersToBlacklistResponse;
import rongcloud.gateway.proto.v1.GetPrivateChatListModesRequest;
import rongcloud.gateway.proto.v1.GetPrivateChatListModesResponse;
import rongcloud.gateway.proto.v1.ListAllowlistedUsersRequest;
import rongcloud.gateway.proto.v1.ListAllowlistedUsersResponse;
import rongcloud.gateway.proto.v1.ListBlacklistedUsersRequest;
import rongcloud.gateway.proto.v1.ListBlacklistedUsersResponse;
import rongcloud.gateway.proto.v1.PrivateChatListMode;
import rongcloud.gateway.proto.v1.RemoveUsersFromAllowlistRequest;
import rongcloud.gateway.proto.v1.RemoveUsersFromAllowlistResponse;
import rongcloud.gateway.proto.v1.RemoveUsersFromBlacklistRequest;
import rongcloud.gateway.proto.v1.RemoveUsersFromBlacklistResponse;
import rongcloud.gateway.proto.v1.SetPrivateChatListModeRequest;
import rongcloud.gateway.proto.v1.SetPrivateChatListModeResponse;
import rongcloud.gateway.proto.v1.UserListService;
import rongcloud.gateway.proto.v1.UserPrivateChatListMode;

/** The "user-lists" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class UserListGrpcService implements UserListService {
    private final UserListUseCase lists;

    @Inject
    public UserListGrpcService(UserListUseCase lists) {
        this.lists = lists;
    }

    @Override
    public Uni<AddUsersToBlacklistResponse> addUsersToBlacklist(AddUsersToBlacklistRequest r) {
        return GrpcCalls.unary(ctx -> {
            lists.addToBlacklist(ctx, new UserListEntriesCommand(r.getUserId(), r.getTargetUserIdsList()));
            return AddUsersToBlacklistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveUsersFromBlacklistResponse> removeUsersFromBlacklist(RemoveUsersFromBlacklistRequest r) {
        return GrpcCalls.unary(ctx -> {
            lists.removeFromBlacklist(ctx, new UserListEntriesCommand(r.getUserId(), r.getTargetUserIdsList()));
            return RemoveUsersFromBlacklistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListBlacklistedUsersResponse> listBlacklistedUsers(ListBlacklistedUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = lists.listBlacklist(ctx,
                    ListUserListCommand.of(r.getUserId(), r.getPageSize(), r.getPageToken()));
            return ListBlacklistedUsersResponse.newBuilder().addAllUserIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<SetPrivateChatListModeResponse> setPrivateChatListMode(SetPrivateChatListModeRequest r) {
        return GrpcCalls.unary(ctx -> {
            lists.setListMode(ctx, new SetListModeCommand(r.getUserIdsList(), toDomain(r.getMode())));
            return SetPrivateChatListModeResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetPrivateChatListModesResponse> getPrivateChatListModes(GetPrivateChatListModesRequest r) {
        return GrpcCalls.unary(ctx -> {
            GetPrivateChatListModesResponse.Builder b = GetPrivateChatListModesResponse.newBuilder();
            lists.getListModes(ctx, new GetListModesCommand(r.getUserIdsList())).forEach(m -> b.addModes(
                    UserPrivateChatListMode.newBuilder().setUserId(m.userId()).setMode(toProto(m.mode()))));
            return b.build();
        });
    }

    @Override
    public Uni<AddUsersToAllowlistResponse> addUsersToAllowlist(AddUsersToAllowlistRequest r) {
        return GrpcCalls.unary(ctx -> {
            lists.addToAllowlist(ctx, new UserListEntriesCommand(r.getUserId(), r.getTargetUserIdsList()));
            return AddUsersToAllowlistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<RemoveUsersFromAllowlistResponse> removeUsersFromAllowlist(RemoveUsersFromAllowlistRequest r) {
        return GrpcCalls.unary(ctx -> {
            lists.removeFromAllowlist(ctx, new UserListEntriesCommand(r.getUserId(), r.getTargetUserIdsList()));
            return RemoveUsersFromAllowlistResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListAllowlistedUsersResponse> listAllowlistedUsers(ListAllowlistedUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = lists.listAllowlist(ctx,
                    ListUserListCommand.of(r.getUserId(), r.getPageSize(), r.getPageToken()));
            return ListAllowlistedUsersResponse.newBuilder().addAllUserIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    /** Null for UNSPECIFIED and unknown values, which the command reports as missing. */
    private static ListMode toDomain(PrivateChatListMode mode) {
        return switch (mode) {
            case PRIVATE_CHAT_LIST_MODE_BLACKLIST -> ListMode.BLACKLIST;
            case PRIVATE_CHAT_LIST_MODE_ALLOWLIST -> ListMode.ALLOWLIST;
            default -> null;
        };
    }

    private static PrivateChatListMode toProto(ListMode mode) {
        return mode == ListMode.ALLOWLIST ? PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_ALLOWLIST
                : PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_BLACKLIST;
    }
}
