package rongcloud.gateway.domain.userprofile;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Read the hosted profiles of users. */
public record BatchGetUserProfilesCommand(List<String> userIds) {
    public BatchGetUserProfilesCommand {
        Check.request().userIds("user_ids", userIds, UserProfileLimits.BATCH_QUERY_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
