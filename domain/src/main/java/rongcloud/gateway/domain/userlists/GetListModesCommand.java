package rongcloud.gateway.domain.userlists;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Read the list mode of users. */
public record GetListModesCommand(List<String> userIds) {
    public GetListModesCommand {
        Check.request().userIds("user_ids", userIds, UserListLimits.MODE_USERS_MAX).validate();
        userIds = List.copyOf(userIds);
    }
}
