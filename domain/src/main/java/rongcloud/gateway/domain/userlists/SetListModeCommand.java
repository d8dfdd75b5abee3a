package rongcloud.gateway.domain.userlists;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Switch users between block-list and allow-list mode. */
public record SetListModeCommand(List<String> userIds, ListMode mode) {
    public SetListModeCommand {
        Check.request().userIds("user_ids", userIds, UserListLimits.MODE_USERS_MAX)
                .notNull("mode", mode)
                .validate();
        userIds = List.copyOf(userIds);
    }
}
