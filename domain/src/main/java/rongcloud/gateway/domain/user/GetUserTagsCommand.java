package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Read the tags of users. */
public record GetUserTagsCommand(List<String> userIds) {
    public GetUserTagsCommand {
        Check.request().userIds("user_ids", userIds, UserLimits.GET_TAGS_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
