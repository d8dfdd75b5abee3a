package rongcloud.gateway.domain.entrustgroup;

import static rongcloud.gateway.domain.entrustgroup.EntrustGroupLimits.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by the hosted-group commands. */
final class EntrustGroupChecks {
    /** Hosted group ids: letters and digits only (catalog: create/import; applied everywhere, a choice). */
    private static final Pattern GROUP_ID = Pattern.compile("[A-Za-z0-9]+");

    private EntrustGroupChecks() {
    }

    static Check groupId(Check check, String field, String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return check.violation(field, "is required");
        }
        check.chars(field, groupId, true, GROUP_ID_MAX_CHARS);
        return check.that(GROUP_ID.matcher(groupId).matches(), field, "only letters and digits are allowed");
    }

    static Check groupIds(Check check, String field, List<String> groupIds, int max) {
        if (groupIds == null || groupIds.isEmpty()) {
            return check.violation(field, "at least one group id is required");
        }
        check.that(groupIds.size() <= max, field, "at most " + max + " group ids per request, got " + groupIds.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < groupIds.size(); i++) {
            groupId(check, field + "[" + i + "]", groupIds.get(i));
            check.that(groupIds.get(i) == null || seen.add(groupIds.get(i)), field + "[" + i + "]",
                    "duplicate group id '" + groupIds.get(i) + "'");
        }
        return check;
    }

    static Check name(Check check, String field, String name) {
        return check.chars(field, name, true, NAME_MAX_CHARS);
    }

    static Check profile(Check check, String field, GroupProfile profile) {
        if (profile == null) {
            return check;
        }
        check.chars(field + ".introduction", profile.introduction(), false, INTRODUCTION_MAX_CHARS);
        check.chars(field + ".announcement", profile.announcement(), false, ANNOUNCEMENT_MAX_CHARS);
        return check.chars(field + ".portrait_url", profile.portraitUrl(), false, PORTRAIT_URL_MAX_CHARS);
    }

    static Check extProfile(Check check, String field, Map<String, String> ext) {
        if (ext == null) {
            return check;
        }
        check.that(ext.size() <= EXT_MAX_PAIRS, field, "at most " + EXT_MAX_PAIRS + " attributes, got " + ext.size());
        ext.forEach((key, value) -> {
            String f = field + "[" + key + "]";
            check.that(key.startsWith(EXT_KEY_PREFIX) && key.length() > EXT_KEY_PREFIX.length(), f,
                    "keys must start with '" + EXT_KEY_PREFIX + "'");
            check.that(key.codePointCount(0, key.length()) <= EXT_KEY_MAX_CHARS, f,
                    "keys have at most " + EXT_KEY_MAX_CHARS + " characters");
            check.chars(f, value, false, EXT_VALUE_MAX_CHARS);
        });
        return check;
    }

    static Check text(Check check, String field, String value, boolean required, int maxChars) {
        return check.chars(field, value, required, maxChars);
    }
}
