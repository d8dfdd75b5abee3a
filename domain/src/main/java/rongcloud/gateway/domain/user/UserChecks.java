package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by several user commands. */
final class UserChecks {
    private UserChecks() {
    }

    static Check name(Check check, String field, String name, boolean required) {
        return check.chars(field, name, required, UserLimits.NAME_MAX_CHARS);
    }

    static Check portraitUri(Check check, String field, String uri) {
        check.bytes(field, uri, false, UserLimits.PORTRAIT_URI_MAX_BYTES);
        if (uri != null && !uri.isEmpty() && !uri.matches("(?i)^[a-z][a-z0-9+.-]*://\\S+$")) {
            check.violation(field, "must be an absolute URI such as https://host/avatar.png");
        }
        return check;
    }

    /** Tags: at most 20, each 1..40 bytes of letters (any script), digits, '_' or '-'; no duplicates. */
    static Check tags(Check check, String field, List<String> tags) {
        if (tags == null) {
            return check;
        }
        check.that(tags.size() <= UserLimits.TAGS_MAX_PER_USER, field,
                "at most " + UserLimits.TAGS_MAX_PER_USER + " tags, got " + tags.size());
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String f = field + "[" + i + "]";
            if (tag == null || tag.isEmpty()) {
                check.violation(f, "must not be empty");
                continue;
            }
            check.that(Check.bytes(tag) <= UserLimits.TAG_MAX_BYTES, f, "at most " + UserLimits.TAG_MAX_BYTES + " bytes");
            check.that(tag.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-'), f,
                    "special characters are not allowed (letters, digits, '_' and '-' only)");
            check.that(tags.indexOf(tag) == i, f, "duplicate tag '" + tag + "'");
        }
        return check;
    }
}
