package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Replace all tags of one user; an empty list clears them. */
public record SetUserTagsCommand(String userId, List<String> tags) {
    public SetUserTagsCommand {
        Check check = Check.request().userId("user_id", userId);
        UserChecks.tags(check, "tags", tags);
        check.validate();
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
