package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Reactivate deactivated user ids. */
public record ReactivateUsersCommand(List<String> userIds) {
    public ReactivateUsersCommand {
        Check.request().userIds("user_ids", userIds, UserLimits.REACTIVATE_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
