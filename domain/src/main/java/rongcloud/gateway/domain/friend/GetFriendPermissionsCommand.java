package rongcloud.gateway.domain.friend;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Read who may add the given users as friends. */
public record GetFriendPermissionsCommand(List<String> userIds) {
    public GetFriendPermissionsCommand {
        Check.request().userIds("user_ids", userIds, FriendLimits.IDS_MAX).validate();
        userIds = List.copyOf(userIds);
    }
}
