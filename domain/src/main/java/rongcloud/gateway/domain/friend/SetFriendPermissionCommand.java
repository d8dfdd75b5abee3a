package rongcloud.gateway.domain.friend;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Set who may add the given users as friends. */
public record SetFriendPermissionCommand(List<String> userIds, FriendPermission permission) {
    public SetFriendPermissionCommand {
        Check.request().userIds("user_ids", userIds, FriendLimits.IDS_MAX)
                .notNull("permission", permission)
                .validate();
        userIds = List.copyOf(userIds);
    }
}
