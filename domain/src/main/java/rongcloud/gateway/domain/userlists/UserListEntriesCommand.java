package rongcloud.gateway.domain.userlists;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Add users to, or remove them from, one user's block list or allow list. */
public record UserListEntriesCommand(String userId, List<String> targetUserIds) {
    public UserListEntriesCommand {
        Check.request().userId("user_id", userId)
                .userIds("target_user_ids", targetUserIds, UserListLimits.TARGETS_MAX)
                .validate();
        targetUserIds = List.copyOf(targetUserIds);
    }
}
