package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Who receives a push: tags (AND), tags_or (OR), user ids (win over tags), package name. */
public record PushAudience(List<String> tags, List<String> tagsOr, List<String> userIds, String packageName) {
    public static final PushAudience NONE = new PushAudience(null, null, null, null);

    public PushAudience {
        tags = tags == null ? List.of() : List.copyOf(tags);
        tagsOr = tagsOr == null ? List.of() : List.copyOf(tagsOr);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        packageName = packageName == null || packageName.isEmpty() ? null : packageName;
    }

    public boolean isEmpty() {
        return tags.isEmpty() && tagsOr.isEmpty() && userIds.isEmpty() && packageName == null;
    }

    Check check(Check check, String field) {
        check.that(tags.size() <= SystemLimits.AUDIENCE_TAGS_MAX, field + ".tags", "at most " + SystemLimits.AUDIENCE_TAGS_MAX + " tags");
        check.that(tagsOr.size() <= SystemLimits.AUDIENCE_TAGS_MAX, field + ".tags_or", "at most " + SystemLimits.AUDIENCE_TAGS_MAX + " tags");
        check.that(tags.stream().noneMatch(String::isBlank), field + ".tags", "must not hold empty tags");
        check.that(tagsOr.stream().noneMatch(String::isBlank), field + ".tags_or", "must not hold empty tags");
        if (!userIds.isEmpty()) {
            check.userIds(field + ".user_ids", userIds, SystemLimits.AUDIENCE_USERS_MAX);
        }
        return check.chars(field + ".package_name", packageName, false, SystemLimits.PACKAGE_NAME_MAX_CHARS);
    }
}
