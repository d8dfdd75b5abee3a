package rongcloud.gateway.application.port.in.check;

import java.util.List;
import java.util.Objects;
import rongcloud.gateway.domain.validation.Check;

/** Ask about users of one group (field {@code user_ids}, or {@code user_id} for one). */
public record CheckGroupCommand(String groupId, List<String> userIds, Freshness freshness) {
    public CheckGroupCommand {
        Objects.requireNonNull(freshness, "freshness");
        Check check = Check.request();
        if (groupId == null || groupId.isBlank()) {
            check.violation("group_id", "is required");
        } else {
            check.ids("group_id", List.of(groupId), 1, "group id");
        }
        check.userIds("user_ids", userIds, CheckUsersCommand.MAX_IDS).validate();
        userIds = List.copyOf(userIds);
    }

    public static CheckGroupCommand one(String groupId, String userId, Freshness freshness) {
        Check.request().userId("user_id", userId).validate();
        return new CheckGroupCommand(groupId, List.of(userId), freshness);
    }
}
