package rongcloud.gateway.adapter.in.grpc.user;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.user.BatchSetUserTagsCommand;
import rongcloud.gateway.domain.user.BlockUsersCommand;
import rongcloud.gateway.domain.user.BlockedUser;
import rongcloud.gateway.domain.user.CheckUserOnlineCommand;
import rongcloud.gateway.domain.user.DeactivateUsersCommand;
import rongcloud.gateway.domain.user.ExpireUserTokensCommand;
import rongcloud.gateway.domain.user.GetUserInfoCommand;
import rongcloud.gateway.domain.user.GetUserTagsCommand;
import rongcloud.gateway.domain.user.ListBlockedUsersCommand;
import rongcloud.gateway.domain.user.ListDeactivatedUsersCommand;
import rongcloud.gateway.domain.user.ListPrivateChatMutedUsersCommand;
import rongcloud.gateway.domain.user.MutedUsers;
import rongcloud.gateway.domain.user.ReactivateUsersCommand;
import rongcloud.gateway.domain.user.RegisterUserCommand;
import rongcloud.gateway.domain.user.SetPrivateChatMuteCommand;
import rongcloud.gateway.domain.user.SetUserTagsCommand;
import rongcloud.gateway.domain.user.UnblockUsersCommand;
import rongcloud.gateway.domain.user.UpdateUserInfoCommand;
import rongcloud.gateway.domain.user.UserInfo;
import rongcloud.gateway.domain.user.UserToken;
import rongcloud.gateway.proto.v1.BatchSetUserTagsRequest;
import rongcloud.gateway.proto.v1.BatchSetUserTagsResponse;
import rongcloud.gateway.proto.v1.BlockUsersRequest;
import rongcloud.gateway.proto.v1.BlockUsersResponse;
import rongcloud.gateway.proto.v1.CheckUserOnlineRequest;
import rongcloud.gateway.proto.v1.CheckUserOnlineResponse;
import rongcloud.gateway.proto.v1.DeactivateUsersRequest;
import rongcloud.gateway.proto.v1.DeactivateUsersResponse;
import rongcloud.gateway.proto.v1.ExpireUserTokensRequest;
import rongcloud.gateway.proto.v1.ExpireUserTokensResponse;
import rongcloud.gateway.proto.v1.GetUserInfoRequest;
import rongcloud.gateway.proto.v1.GetUserInfoResponse;
import rongcloud.gateway.proto.v1.GetUserTagsRequest;
import rongcloud.gateway.proto.v1.GetUserTagsResponse;
import rongcloud.gateway.proto.v1.ListBlockedUsersRequest;
import rongcloud.gateway.proto.v1.ListBlockedUsersResponse;
import rongcloud.gateway.proto.v1.ListDeactivatedUsersRequest;
import rongcloud.gateway.proto.v1.ListDeactivatedUsersResponse;
import rongcloud.gateway.proto.v1.ListPrivateChatMutedUsersRequest;
import rongcloud.gateway.proto.v1.ListPrivateChatMutedUsersResponse;
import rongcloud.gateway.proto.v1.ReactivateUsersRequest;
import rongcloud.gateway.proto.v1.ReactivateUsersResponse;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.RegisterUserResponse;
import rongcloud.gateway.proto.v1.SetPrivateChatMuteRequest;
import rongcloud.gateway.proto.v1.SetPrivateChatMuteResponse;
import rongcloud.gateway.proto.v1.SetUserTagsRequest;
import rongcloud.gateway.proto.v1.SetUserTagsResponse;
import rongcloud.gateway.proto.v1.UnblockUsersRequest;
import rongcloud.gateway.proto.v1.UnblockUsersResponse;
import rongcloud.gateway.proto.v1.UpdateUserInfoRequest;
import rongcloud.gateway.proto.v1.UpdateUserInfoResponse;
import rongcloud.gateway.proto.v1.UserService;
import rongcloud.gateway.proto.v1.UserTags;

/** The "user" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class UserGrpcService implements UserService {
    private final UserManagementUseCase users;

    @Inject
    public UserGrpcService(UserManagementUseCase users) {
        this.users = users;
    }

    @Override
    public Uni<RegisterUserResponse> registerUser(RegisterUserRequest r) {
        return GrpcCalls.unary(ctx -> {
            UserToken t = users.registerUser(ctx, new RegisterUserCommand(r.getUserId(), r.getName(), r.getPortraitUri()));
            return RegisterUserResponse.newBuilder().setUserId(t.userId()).setToken(t.token()).build();
        });
    }

    @Override
    public Uni<ExpireUserTokensResponse> expireUserTokens(ExpireUserTokensRequest r) {
        return GrpcCalls.unary(ctx -> {
            users.expireUserTokens(ctx, new ExpireUserTokensCommand(r.getUserIdsList(),
                    ProtoTime.toInstant(r.hasExpireBefore(), r.getExpireBefore())));
            return ExpireUserTokensResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetUserInfoResponse> getUserInfo(GetUserInfoRequest r) {
        return GrpcCalls.unary(ctx -> {
            UserInfo info = users.getUserInfo(ctx, new GetUserInfoCommand(r.getUserId()));
            GetUserInfoResponse.Builder b = GetUserInfoResponse.newBuilder()
                    .setUserId(info.userId()).setName(info.name()).setPortraitUri(info.portraitUri().orElse(""));
            info.createTime().ifPresent(t -> b.setCreateTime(ProtoTime.of(t)));
            return b.build();
        });
    }

    @Override
    public Uni<UpdateUserInfoResponse> updateUserInfo(UpdateUserInfoRequest r) {
        return GrpcCalls.unary(ctx -> {
            users.updateUserInfo(ctx, new UpdateUserInfoCommand(r.getUserId(),
                    r.hasName() ? Optional.of(r.getName()) : Optional.empty(),
                    r.hasPortraitUri() ? Optional.of(r.getPortraitUri()) : Optional.empty()));
            return UpdateUserInfoResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeactivateUsersResponse> deactivateUsers(DeactivateUsersRequest r) {
        return GrpcCalls.unary(ctx -> DeactivateUsersResponse.newBuilder()
                .setOperateId(nullToEmpty(users.deactivateUsers(ctx, new DeactivateUsersCommand(r.getUserIdsList()))))
                .build());
    }

    @Override
    public Uni<ListDeactivatedUsersResponse> listDeactivatedUsers(ListDeactivatedUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<String> page = users.listDeactivatedUsers(ctx,
                    ListDeactivatedUsersCommand.of(r.getPageSize(), r.getPageToken()));
            return ListDeactivatedUsersResponse.newBuilder().addAllUserIds(page.items())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<ReactivateUsersResponse> reactivateUsers(ReactivateUsersRequest r) {
        return GrpcCalls.unary(ctx -> ReactivateUsersResponse.newBuilder()
                .setOperateId(nullToEmpty(users.reactivateUsers(ctx, new ReactivateUsersCommand(r.getUserIdsList()))))
                .build());
    }

    @Override
    public Uni<BlockUsersResponse> blockUsers(BlockUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            users.blockUsers(ctx, new BlockUsersCommand(r.getUserIdsList(), r.getMinutes()));
            return BlockUsersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<UnblockUsersResponse> unblockUsers(UnblockUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            users.unblockUsers(ctx, new UnblockUsersCommand(r.getUserIdsList()));
            return UnblockUsersResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListBlockedUsersResponse> listBlockedUsers(ListBlockedUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<BlockedUser> page = users.listBlockedUsers(ctx, ListBlockedUsersCommand.of(r.getPageSize(), r.getPageToken()));
            ListBlockedUsersResponse.Builder b = ListBlockedUsersResponse.newBuilder()
                    .setNextPageToken(page.nextPageToken().orElse(""));
            for (BlockedUser u : page.items()) {
                rongcloud.gateway.proto.v1.BlockedUser.Builder m =
                        rongcloud.gateway.proto.v1.BlockedUser.newBuilder().setUserId(u.userId());
                if (u.blockEndTime() != null) {
                    m.setBlockEndTime(ProtoTime.of(u.blockEndTime()));
                }
                b.addBlockedUsers(m);
            }
            return b.build();
        });
    }

    @Override
    public Uni<CheckUserOnlineResponse> checkUserOnline(CheckUserOnlineRequest r) {
        return GrpcCalls.unary(ctx -> CheckUserOnlineResponse.newBuilder()
                .setOnline(users.checkUserOnline(ctx, new CheckUserOnlineCommand(r.getUserId()))).build());
    }

    @Override
    public Uni<SetPrivateChatMuteResponse> setPrivateChatMute(SetPrivateChatMuteRequest r) {
        return GrpcCalls.unary(ctx -> {
            users.setPrivateChatMute(ctx, new SetPrivateChatMuteCommand(r.getUserIdsList(), r.getMuted()));
            return SetPrivateChatMuteResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListPrivateChatMutedUsersResponse> listPrivateChatMutedUsers(ListPrivateChatMutedUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            MutedUsers muted = users.listPrivateChatMutedUsers(ctx,
                    ListPrivateChatMutedUsersCommand.of(r.getPageSize(), r.getPageToken()));
            return ListPrivateChatMutedUsersResponse.newBuilder().addAllUserIds(muted.page().items())
                    .setTotalSize(muted.total()).setNextPageToken(muted.page().nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<SetUserTagsResponse> setUserTags(SetUserTagsRequest r) {
        return GrpcCalls.unary(ctx -> {
            users.setUserTags(ctx, new SetUserTagsCommand(r.getUserId(), r.getTagsList()));
            return SetUserTagsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BatchSetUserTagsResponse> batchSetUserTags(BatchSetUserTagsRequest r) {
        return GrpcCalls.unary(ctx -> {
            users.batchSetUserTags(ctx, new BatchSetUserTagsCommand(r.getUserIdsList(), r.getTagsList()));
            return BatchSetUserTagsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetUserTagsResponse> getUserTags(GetUserTagsRequest r) {
        return GrpcCalls.unary(ctx -> {
            GetUserTagsResponse.Builder b = GetUserTagsResponse.newBuilder();
            users.getUserTags(ctx, new GetUserTagsCommand(r.getUserIdsList()))
                    .forEach((user, tags) -> b.putUserTags(user, UserTags.newBuilder().addAllTags(tags).build()));
            return b.build();
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
