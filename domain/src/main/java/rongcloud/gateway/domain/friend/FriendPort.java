package rongcloud.gateway.domain.friend;

import java.util.List;
import rongcloud.gateway.domain.CallContext;

/**
 * RongCloud's friends (catalog area "friend"), one method per documented endpoint. Implemented by the
 * outbound REST adapter; failures are {@code GatewayException}s.
 */
public interface FriendPort {
    /** /friend/add.json */
    void addFriend(CallContext ctx, AddFriendCommand command);

    /** /friend/delete.json */
    void deleteFriends(CallContext ctx, FriendIdsCommand command);

    /** /friend/clean.json */
    void cleanFriends(CallContext ctx, CleanFriendsCommand command);

    /** /friend/profile/set.json */
    void setFriendProfile(CallContext ctx, SetFriendProfileCommand command);

    /** /friend/get.json */
    FriendPage listFriends(CallContext ctx, ListFriendsCommand command);

    /** /friend/check.json */
    List<FriendRelation> checkFriends(CallContext ctx, FriendIdsCommand command);

    /** /friend/permission/set.json */
    void setFriendPermission(CallContext ctx, SetFriendPermissionCommand command);

    /** /friend/permission/get.json */
    List<UserFriendPermission> getFriendPermissions(CallContext ctx, GetFriendPermissionsCommand command);
}
