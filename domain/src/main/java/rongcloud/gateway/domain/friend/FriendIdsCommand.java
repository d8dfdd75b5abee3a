package rongcloud.gateway.domain.friend;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** One user and up to 100 other users: remove them as friends, or check the relations with them. */
public record FriendIdsCommand(String userId, List<String> targetIds) {
    public FriendIdsCommand {
        Check.request().userId("user_id", userId)
                .userIds("target_ids", targetIds, FriendLimits.IDS_MAX)
                .validate();
        targetIds = List.copyOf(targetIds);
    }
}
