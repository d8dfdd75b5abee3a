package rongcloud.gateway.domain.ultragroup;

import static rongcloud.gateway.domain.ultragroup.UltraGroupLimits.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by the ultra-group commands. */
final class UltraGroupChecks {
    private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");
    private static final Pattern EXPANSION_KEY = Pattern.compile("[A-Za-z0-9+=_-]+");

    private UltraGroupChecks() {
    }

    /** Ultra group ids: letters and digits, at most 64 (catalog: create; applied everywhere, a choice). */
    static Check groupId(Check check, String field, String groupId) {
        return alnum(check, field, groupId, GROUP_ID_MAX_CHARS);
    }

    static Check groupName(Check check, String field, String name) {
        return check.chars(field, name, true, GROUP_NAME_MAX_CHARS);
    }

    /** Channel ids: letters and digits, at most 20. */
    static Check channelId(Check check, String field, String channelId) {
        return alnum(check, field, channelId, CHANNEL_ID_MAX_CHARS);
    }

    static Check optionalChannelId(Check check, String field, Optional<String> channelId) {
        channelId.ifPresent(id -> channelId(check, field, id));
        return check;
    }

    static Check userGroupId(Check check, String field, String id) {
        return alnum(check, field, id, USER_GROUP_ID_MAX_CHARS);
    }

    static Check userGroupIds(Check check, String field, List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return check.violation(field, "at least one user group id is required");
        }
        check.that(ids.size() <= USER_GROUPS_MAX_PER_REQUEST, field,
                "at most " + USER_GROUPS_MAX_PER_REQUEST + " user group ids per request, got " + ids.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            userGroupId(check, field + "[" + i + "]", ids.get(i));
            check.that(ids.get(i) == null || seen.add(ids.get(i)), field + "[" + i + "]", "duplicate user group id '" + ids.get(i) + "'");
        }
        return check;
    }

    static Check userIds(Check check, String field, List<String> userIds) {
        return check.userIds(field, userIds, USERS_MAX_PER_REQUEST);
    }

    static Check messageUid(Check check, String field, String uid) {
        return check.chars(field, uid, true, 64);
    }

    static Check expansionKeys(Check check, String field, java.util.Collection<String> keys) {
        int n = keys == null ? 0 : keys.size();
        check.that(n >= 1 && n <= EXPANSION_MAX_KEYS_PER_REQUEST, field,
                "must hold 1 to " + EXPANSION_MAX_KEYS_PER_REQUEST + " keys, got " + n);
        if (keys != null) {
            Set<String> seen = new HashSet<>();
            for (String key : keys) {
                check.that(key != null && !key.isEmpty() && key.length() <= EXPANSION_KEY_MAX_CHARS
                                && EXPANSION_KEY.matcher(key).matches(), field + "[" + key + "]",
                        "keys are 1 to " + EXPANSION_KEY_MAX_CHARS + " characters of letters, digits, '+', '=', '-' and '_'");
                check.that(key == null || seen.add(key), field + "[" + key + "]", "duplicate key");
            }
        }
        return check;
    }

    static Check expansionValues(Check check, String field, Map<String, String> values) {
        expansionKeys(check, field, values == null ? null : values.keySet());
        if (values != null) {
            values.forEach((k, v) -> check.chars(field + "[" + k + "]", v, false, EXPANSION_VALUE_MAX_CHARS));
        }
        return check;
    }

    /** Empty strings (proto defaults) mean "not given". */
    static Optional<String> given(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(v -> !v.isEmpty());
    }

    private static Check alnum(Check check, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            return check.violation(field, "is required");
        }
        check.chars(field, value, true, max);
        return check.that(ALNUM.matcher(value).matches(), field, "only letters and digits are allowed");
    }
}
