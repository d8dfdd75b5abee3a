package rongcloud.gateway.domain.message;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/** Expansion keys and values (catalog /message/expansion/set.json limits). */
final class ExpansionChecks {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9+=_-]+");

    private ExpansionChecks() {
    }

    static Check entries(Check check, String field, Map<String, String> entries) {
        keys(check, field, entries == null ? null : entries.keySet());
        if (entries != null) {
            entries.forEach((k, v) -> check.chars(field + "[" + k + "]", v, false, MessageLimits.EXPANSION_VALUE_MAX_CHARS));
        }
        return check;
    }

    static Check keys(Check check, String field, Collection<String> keys) {
        int n = keys == null ? 0 : keys.size();
        check.that(n >= 1 && n <= MessageLimits.EXPANSION_MAX_KEYS_PER_REQUEST, field,
                "must hold 1 to " + MessageLimits.EXPANSION_MAX_KEYS_PER_REQUEST + " keys, got " + n);
        if (keys != null) {
            for (String key : keys) {
                check.that(key != null && !key.isEmpty() && key.length() <= MessageLimits.EXPANSION_KEY_MAX_CHARS
                                && KEY.matcher(key).matches(), field + "[" + key + "]",
                        "keys are 1 to " + MessageLimits.EXPANSION_KEY_MAX_CHARS
                                + " characters of letters, digits, '+', '=', '-' and '_'");
            }
        }
        return check;
    }
}
