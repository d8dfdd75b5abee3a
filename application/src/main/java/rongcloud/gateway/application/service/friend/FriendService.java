package rongcloud.gateway.application.service.friend;

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

    public FriendService(FriendPort port) {
        this.port = port;
    }

    @Override
    public void addFriend(CallContext ctx, AddFriendCommand command) {
        port.addFriend(ctx, command);
    }

    @Override
    public void deleteFriends(CallContext ctx, FriendIdsCommand command) {
        port.deleteFriends(ctx, command);
    }

    @Override
    public void cleanFriends(CallContext ctx, CleanFriendsCommand command) {
        port.cleanFriends(ctx, command);
    }

    @Override
    public void setFriendProfile(CallContext ctx, SetFriendProfileCommand command) {
        port.setFriendProfile(ctx, command);
    }

    @Override
    public FriendPage listFriends(CallContext ctx, ListFriendsCommand command) {
        return port.listFriends(ctx, command);
    }

    @Override
    public List<FriendRelation> checkFriends(CallContext ctx, FriendIdsCommand command) {
        return port.checkFriends(ctx, command);
    }

    @Override
    public void setFriendPermission(CallContext ctx, SetFriendPermissionCommand command) {
        port.setFriendPermission(ctx, command);
    }

    @Override
    public List<UserFriendPermission> getFriendPermissions(CallContext ctx, GetFriendPermissionsCommand command) {
        return port.getFriendPermissions(ctx, command);
    }
}
