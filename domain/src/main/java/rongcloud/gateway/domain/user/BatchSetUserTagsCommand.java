package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Give every listed user exactly these tags; an empty list clears them. */
public record BatchSetUserTagsCommand(List<String> userIds, List<String> tags) {
    public BatchSetUserTagsCommand {
        Check check = Check.request().userIds("user_ids", userIds, UserLimits.BATCH_TAGS_MAX_USERS);
        UserChecks.tags(check, "tags", tags);
        check.validate();
        userIds = List.copyOf(userIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
