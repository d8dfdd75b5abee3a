package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Lift the ban on users. */
public record UnblockUsersCommand(List<String> userIds) {
    public UnblockUsersCommand {
        Check.request().userIds("user_ids", userIds, UserLimits.BLOCK_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
