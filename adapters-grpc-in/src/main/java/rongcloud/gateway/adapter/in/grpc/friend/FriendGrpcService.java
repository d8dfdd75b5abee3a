package rongcloud.gateway.adapter.in.grpc.friend;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.friend.FriendUseCase;
import rongcloud.gateway.domain.friend.AddFriendCommand;
import rongcloud.gateway.domain.friend.AddFriendMode;
import rongcloud.gateway.domain.friend.CleanFriendsCommand;
import rongcloud.gateway.domain.friend.FriendIdsCommand;
import rongcloud.gateway.domain.friend.FriendPage;
import rongcloud.gateway.domain.friend.FriendPermission;
import rongcloud.gateway.domain.friend.GetFriendPermissionsCommand;
import rongcloud.gateway.domain.friend.ListFriendsCommand;
import rongcloud.gateway.domain.friend.SetFriendPermissionCommand;
import rongcloud.gateway.domain.friend.SetFriendProfileCommand;
import rongcloud.gateway.proto.v1.AddFriendRequest;
import rongcloud.gateway.proto.v1.AddFriendResponse;
import rongcloud.gateway.proto.v1.CheckFriendsRequest;
import rongcloud.gateway.proto.v1.CheckFriendsResponse;
import rongcloud.gateway.proto.v1.CleanFriendsRequest;
import rongcloud.gateway.proto.v1.CleanFriendsResponse;
import rongcloud.gateway.proto.v1.DeleteFriendsRequest;
import rongcloud.gateway.proto.v1.DeleteFriendsResponse;
import rongcloud.gateway.proto.v1.FriendCheckResult;
import rongcloud.gateway.proto.v1.FriendOrder;
import rongcloud.gateway.proto.v1.FriendService;
import rongcloud.gateway.proto.v1.GetFriendPermissionsRequest;
import rongcloud.gateway.proto.v1.GetFriendPermissionsResponse;
import rongcloud.gateway.proto.v1.ListFriendsRequest;
import rongcloud.gateway.proto.v1.ListFriendsResponse;
import rongcloud.gateway.proto.v1.SetFriendPermissionRequest;
import rongcloud.gateway.proto.v1.SetFriendPermissionResponse;
import rongcloud.gateway.proto.v1.SetFriendProfileRequest;
import rongcloud.gateway.proto.v1.SetFriendProfileResponse;
import rongcloud.gateway.proto.v1.UserFriendPermission;

/**
 * The "friend" area over gRPC: maps messages to commands and results to messages, nothing else. The proto
 * enums FriendPermission, AddFriendMode and FriendRelation carry RongCloud's numbers.
 */
@GrpcService
@Blocking
public class FriendGrpcService implements FriendService {
    private final FriendUseCase friends;

    @Inject
    public FriendGrpcService(FriendUseCase friends) {
        this.friends = friends;
    }

    @Override
    public Uni<AddFriendResponse> addFriend(AddFriendRequest r) {
        return GrpcCalls.unary(ctx -> {
            Optional<AddFriendMode> mode = switch (r.getMode()) {
                case ADD_FRIEND_MODE_FOLLOW_PERMISSION -> Optional.of(AddFriendMode.FOLLOW_PERMISSION);
                case ADD_FRIEND_MODE_DIRECT -> Optional.of(AddFriendMode.DIRECT);
                default -> Optional.empty();
            };
            friends.addFriend(ctx, new AddFriendCommand(r.getUserId(), r.getTargetId(), mode, Optional.of(r.getExtra())));
            return AddFriendResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteFriendsResponse> deleteFriends(DeleteFriendsRequest r) {
        return GrpcCalls.unary(ctx -> {
            friends.deleteFriends(ctx, new FriendIdsCommand(r.getUserId(), r.getTargetIdsList()));
            return DeleteFriendsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<CleanFriendsResponse> cleanFriends(CleanFriendsRequest r) {
        return GrpcCalls.unary(ctx -> {
            friends.cleanFriends(ctx, new CleanFriendsCommand(r.getUserId()));
            return CleanFriendsResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<SetFriendProfileResponse> setFriendProfile(SetFriendProfileRequest r) {
        return GrpcCalls.unary(ctx -> {
            friends.setFriendProfile(ctx, new SetFriendProfileCommand(r.getUserId(), r.getTargetId(),
                    r.hasRemarkName() ? Optional.of(r.getRemarkName()) : Optional.empty(), r.getExtProfileMap()));
            return SetFriendProfileResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListFriendsResponse> listFriends(ListFriendsRequest r) {
        return GrpcCalls.unary(ctx -> {
            FriendPage page = friends.listFriends(ctx, ListFriendsCommand.of(r.getUserId(), r.getPageSize(),
                    r.getPageToken(), r.getOrder() == FriendOrder.FRIEND_ORDER_NEWEST_FIRST));
            ListFriendsResponse.Builder b = ListFriendsResponse.newBuilder().setTotalSize(page.total())
                    .setNextPageToken(page.page().nextPageToken().orElse(""));
            page.page().items().forEach(f -> {
                rongcloud.gateway.proto.v1.Friend.Builder m = rongcloud.gateway.proto.v1.Friend.newBuilder()
                        .setUserId(f.userId()).setName(f.name()).setRemarkName(f.remarkName())
                        .putAllExtProfile(f.extProfile());
                f.addedAt().ifPresent(t -> m.setAddTime(ProtoTime.of(t)));
                b.addFriends(m);
            });
            return b.build();
        });
    }

    @Override
    public Uni<CheckFriendsResponse> checkFriends(CheckFriendsRequest r) {
        return GrpcCalls.unary(ctx -> {
            CheckFriendsResponse.Builder b = CheckFriendsResponse.newBuilder();
            friends.checkFriends(ctx, new FriendIdsCommand(r.getUserId(), r.getTargetIdsList())).forEach(rel ->
                    b.addResults(FriendCheckResult.newBuilder().setUserId(rel.userId()).setRelationValue(rel.result())));
            return b.build();
        });
    }

    @Override
    public Uni<SetFriendPermissionResponse> setFriendPermission(SetFriendPermissionRequest r) {
        return GrpcCalls.unary(ctx -> {
            FriendPermission permission = FriendPermission.ofWire(Integer.toString(r.getPermissionValue())).orElse(null);
            friends.setFriendPermission(ctx, new SetFriendPermissionCommand(r.getUserIdsList(), permission));
            return SetFriendPermissionResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetFriendPermissionsResponse> getFriendPermissions(GetFriendPermissionsRequest r) {
        return GrpcCalls.unary(ctx -> {
            GetFriendPermissionsResponse.Builder b = GetFriendPermissionsResponse.newBuilder();
            friends.getFriendPermissions(ctx, new GetFriendPermissionsCommand(r.getUserIdsList())).forEach(p ->
                    b.addPermissions(UserFriendPermission.newBuilder().setUserId(p.userId())
                            .setPermissionValue(p.permission().map(FriendPermission::wire).orElse(0))));
            return b.build();
        });
    }
}
