package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Deactivate users and delete their personal data (asynchronous upstream). */
public record DeactivateUsersCommand(List<String> userIds) {
    public DeactivateUsersCommand {
        Check.request().userIds("user_ids", userIds, UserLimits.DEACTIVATE_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
