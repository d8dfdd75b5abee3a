package rongcloud.gateway.application.port.in.friend;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.friend.AddFriendCommand;
import rongcloud.gateway.domain.friend.CleanFriendsCommand;
import rongcloud.gateway.domain.friend.FriendIdsCommand;
import rongcloud.gateway.domain.friend.FriendPage;
import rongcloud.gateway.domain.friend.FriendRelation;
import rongcloud.gateway.domain.friend.GetFriendPermissionsCommand;
import rongcloud.gateway.domain.friend.ListFriendsCommand;
import rongcloud.gateway.domain.friend.SetFriendPermissionCommand;
import rongcloud.gateway.domain.friend.SetFriendProfileCommand;
import rongcloud.gateway.domain.friend.UserFriendPermission;

/** What callers can do with friends: the incoming port of the "friend" area. */
public interface FriendUseCase {
    void addFriend(CallContext ctx, AddFriendCommand command);

    void deleteFriends(CallContext ctx, FriendIdsCommand command);

    void cleanFriends(CallContext ctx, CleanFriendsCommand command);

    void setFriendProfile(CallContext ctx, SetFriendProfileCommand command);

    FriendPage listFriends(CallContext ctx, ListFriendsCommand command);

    List<FriendRelation> checkFriends(CallContext ctx, FriendIdsCommand command);

    void setFriendPermission(CallContext ctx, SetFriendPermissionCommand command);

    List<UserFriendPermission> getFriendPermissions(CallContext ctx, GetFriendPermissionsCommand command);
}
