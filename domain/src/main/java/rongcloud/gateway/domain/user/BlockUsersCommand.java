package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Ban users for a number of minutes. */
public record BlockUsersCommand(List<String> userIds, int minutes) {
    public BlockUsersCommand {
        Check.request()
                .userIds("user_ids", userIds, UserLimits.BLOCK_MAX_USERS)
                .range("minutes", minutes, UserLimits.BLOCK_MIN_MINUTES, UserLimits.BLOCK_MAX_MINUTES)
                .validate();
        userIds = List.copyOf(userIds);
    }
}
