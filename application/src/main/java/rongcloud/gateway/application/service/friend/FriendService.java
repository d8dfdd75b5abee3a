package rongcloud.gateway.application.service.friend;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import java.util.List;
import rongcloud.gateway.application.port.in.friend.FriendUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.friend.AddFriendCommand;
import rongcloud.gateway.domain.friend.CleanFriendsCommand;
import rongcloud.gateway.domain.friend.FriendIdsCommand;
import rongcloud.gateway.domain.friend.FriendPage;
import rongcloud.gateway.domain.friend.FriendPort;
import rongcloud.gateway.domain.friend.FriendRelation;
import rongcloud.gateway.domain.friend.GetFriendPermissionsCommand;
import rongcloud.gateway.domain.friend.ListFriendsCommand;
import rongcloud.gateway.domain.friend.SetFriendPermissionCommand;
import rongcloud.gateway.domain.friend.SetFriendProfileCommand;
import rongcloud.gateway.domain.friend.UserFriendPermission;

/**
 * Orchestrates the "friend" area. Commands arrive validated (they validate themselves); this service is
 * where quota, cache and persistence steps are added around the single upstream call of each method.
 */
public final class FriendService implements FriendUseCase {
    private final FriendPort port;
    private final QuotaGate quota;

    public FriendService(FriendPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void addFriend(CallContext ctx, AddFriendCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/add.json"));
        port.addFriend(ctx, command);
    }

    @Override
    public void deleteFriends(CallContext ctx, FriendIdsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/delete.json").users(command.targetIds().size(), "target_ids"));
        port.deleteFriends(ctx, command);
    }

    @Override
    public void cleanFriends(CallContext ctx, CleanFriendsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/clean.json"));
        port.cleanFriends(ctx, command);
    }

    @Override
    public void setFriendProfile(CallContext ctx, SetFriendProfileCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/profile/set.json"));
        port.setFriendProfile(ctx, command);
    }

    @Override
    public FriendPage listFriends(CallContext ctx, ListFriendsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/get.json"));
        return port.listFriends(ctx, command);
    }

    @Override
    public List<FriendRelation> checkFriends(CallContext ctx, FriendIdsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/check.json").users(command.targetIds().size(), "target_ids"));
        return port.checkFriends(ctx, command);
    }

    @Override
    public void setFriendPermission(CallContext ctx, SetFriendPermissionCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/permission/set.json").users(command.userIds().size()));
        port.setFriendPermission(ctx, command);
    }

    @Override
    public List<UserFriendPermission> getFriendPermissions(CallContext ctx, GetFriendPermissionsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/friend/permission/get.json").users(command.userIds().size()));
        return port.getFriendPermissions(ctx, command);
    }
}
