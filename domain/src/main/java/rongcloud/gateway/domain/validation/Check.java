package rongcloud.gateway.domain.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;

/**
 * Collects every broken rule of one request, then fails once with all of them. Commands use it in their
 * constructors; the limits themselves are constants of each area's {@code *Limits} class.
 */
public final class Check {
    /** RongCloud user ids: letters, digits and + = - _ (the widest documented set), at most 64 bytes. */
    public static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9+=_-]+");
    public static final int USER_ID_MAX_BYTES = 64;

    private final List<FieldViolation> violations = new ArrayList<>();

    private Check() {
    }

    public static Check request() {
        return new Check();
    }

    public Check violation(String field, String description) {
        violations.add(new FieldViolation(field, description));
        return this;
    }

    public Check that(boolean ok, String field, String description) {
        if (!ok) {
            violation(field, description);
        }
        return this;
    }

    /** A required RongCloud user id. */
    public Check userId(String field, String value) {
        if (isBlank(value)) {
            return violation(field, "is required");
        }
        return idShape(field, value);
    }

    /** 1..max distinct user ids, each well-formed. */
    public Check userIds(String field, List<String> values, int max) {
        return ids(field, values, max, "user id");
    }

    /** 1..max distinct ids (user, group... ids share RongCloud's id shape), each well-formed; {@code noun} names them. */
    public Check ids(String field, List<String> values, int max, String noun) {
        if (values == null || values.isEmpty()) {
            return violation(field, "at least one " + noun + " is required");
        }
        if (values.size() > max) {
            violation(field, "at most " + max + " " + noun + "s per request, got " + values.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            String f = field + "[" + i + "]";
            if (isBlank(v)) {
                violation(f, "must not be empty");
            } else {
                idShape(f, v);
                if (!seen.add(v)) {
                    violation(f, "duplicate " + noun + " '" + v + "'");
                }
            }
        }
        return this;
    }

    private Check idShape(String field, String value) {
        if (bytes(value) > USER_ID_MAX_BYTES) {
            violation(field, "at most " + USER_ID_MAX_BYTES + " bytes");
        }
        if (!USER_ID.matcher(value).matches()) {
            violation(field, "only letters, digits, '+', '=', '-' and '_' are allowed");
        }
        return this;
    }

    /** Text measured in characters (code points), as RongCloud counts names. */
    public Check chars(String field, String value, boolean required, int maxChars) {
        if (value == null || value.isEmpty()) {
            return required ? violation(field, "is required") : this;
        }
        if (required && value.isBlank()) {
            return violation(field, "must not be blank");
        }
        int n = value.codePointCount(0, value.length());
        return that(n <= maxChars, field, "at most " + maxChars + " characters, got " + n);
    }

    /** Text measured in UTF-8 bytes, as RongCloud counts URIs and ids. */
    public Check bytes(String field, String value, boolean required, int maxBytes) {
        if (value == null || value.isEmpty()) {
            return required ? violation(field, "is required") : this;
        }
        int n = bytes(value);
        return that(n <= maxBytes, field, "at most " + maxBytes + " bytes, got " + n);
    }

    public Check range(String field, long value, long min, long max) {
        return that(value >= min && value <= max, field, "must be between " + min + " and " + max + ", got " + value);
    }

    public Check size(String field, List<?> values, int min, int max) {
        int n = values == null ? 0 : values.size();
        return that(n >= min && n <= max, field, "must hold " + min + " to " + max + " items, got " + n);
    }

    /**
     * A map of custom attributes: at most {@code maxEntries}; each key matches {@code keyPattern} (described by
     * {@code keyRule}) and has at most {@code maxKeyChars} characters; each value at most {@code maxValueChars}.
     * Violations name the entry as {@code field[key]}.
     */
    public Check attributes(String field, Map<String, String> values, int maxEntries, Pattern keyPattern,
                            String keyRule, int maxKeyChars, int maxValueChars) {
        if (values == null) {
            return this;
        }
        that(values.size() <= maxEntries, field, "at most " + maxEntries + " entries, got " + values.size());
        values.forEach((key, value) -> {
            String f = field + "[" + key + "]";
            if (key.codePointCount(0, key.length()) > maxKeyChars || !keyPattern.matcher(key).matches()) {
                violation(f, "keys must be " + keyRule + ", at most " + maxKeyChars + " characters");
            }
            chars(f, value, false, maxValueChars);
        });
        return this;
    }

    public Check notNull(String field, Object value) {
        return that(value != null, field, "is required");
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /** Throws {@link InvalidArgumentException} with every violation collected, if any. */
    public void validate() {
        if (!violations.isEmpty()) {
            throw new InvalidArgumentException(violations);
        }
    }

    public static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
