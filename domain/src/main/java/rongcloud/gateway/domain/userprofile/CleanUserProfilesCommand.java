package rongcloud.gateway.domain.userprofile;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Delete the hosted profiles of users. */
public record CleanUserProfilesCommand(List<String> userIds) {
    public CleanUserProfilesCommand {
        Check.request().userIds("user_ids", userIds, UserProfileLimits.CLEAN_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
