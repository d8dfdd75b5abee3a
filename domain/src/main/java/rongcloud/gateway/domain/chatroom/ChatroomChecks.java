package rongcloud.gateway.domain.chatroom;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by the chatroom commands. */
final class ChatroomChecks {
    /** KV keys: "[A-Za-z0-9+=-_], case-sensitive". */
    static final Pattern ENTRY_KEY = Pattern.compile("[A-Za-z0-9+=_-]+");
    /** Legacy create: "upper/lower-case letters and digits". */
    static final Pattern LEGACY_ID = Pattern.compile("[A-Za-z0-9]+");

    private ChatroomChecks() {
    }

    /** A required chatroom id (RongCloud's id shape, at most 64 bytes). */
    static Check chatroomId(Check check, String field, String chatroomId) {
        return check.userId(field, chatroomId);
    }

    static Check chatroomIds(Check check, String field, List<String> ids, int max) {
        return check.ids(field, ids, max, "chatroom id");
    }

    static Check minutes(Check check, String field, int minutes) {
        return check.range(field, minutes, ChatroomLimits.MUTE_MIN_MINUTES, ChatroomLimits.MUTE_MAX_MINUTES);
    }

    static Check entryKey(Check check, String field, String key) {
        if (key == null || key.isEmpty()) {
            return check.violation(field, "is required");
        }
        return check.that(key.codePointCount(0, key.length()) <= ChatroomLimits.ENTRY_KEY_MAX_CHARS
                        && ENTRY_KEY.matcher(key).matches(), field,
                "keys must be letters, digits, '+', '=', '-' or '_', at most " + ChatroomLimits.ENTRY_KEY_MAX_CHARS
                        + " characters");
    }

    static Check entryKeys(Check check, String field, List<String> keys, int min, int max) {
        check.size(field, keys, min, max);
        Set<String> seen = new HashSet<>();
        for (int i = 0; keys != null && i < keys.size(); i++) {
            entryKey(check, field + "[" + i + "]", keys.get(i));
            if (keys.get(i) != null && !keys.get(i).isEmpty() && !seen.add(keys.get(i))) {
                check.violation(field + "[" + i + "]", "duplicate key '" + keys.get(i) + "'");
            }
        }
        return check;
    }

    static Check entries(Check check, String field, Map<String, String> entries, int min) {
        int n = entries == null ? 0 : entries.size();
        check.that(n >= min, field, "at least " + min + " entry is required");
        return check.attributes(field, entries, ChatroomLimits.ENTRY_BATCH_MAX, ENTRY_KEY,
                "letters, digits, '+', '=', '-' or '_'", ChatroomLimits.ENTRY_KEY_MAX_CHARS,
                ChatroomLimits.ENTRY_VALUE_MAX_CHARS);
    }

    /** 1..max distinct message types (object names), each at most 32 characters. */
    static Check objectNames(Check check, String field, List<String> names, int max) {
        if (names == null || names.isEmpty()) {
            return check.violation(field, "at least one message type is required");
        }
        check.that(names.size() <= max, field, "at most " + max + " message types per request, got " + names.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String f = field + "[" + i + "]";
            String name = names.get(i);
            check.chars(f, name, true, ChatroomLimits.OBJECT_NAME_MAX_CHARS);
            if (name != null && !name.isBlank() && !seen.add(name)) {
                check.violation(f, "duplicate message type '" + name + "'");
            }
        }
        return check;
    }

    /** Text that only goes with a flag (e.g. a notification's extra). */
    static Optional<String> onlyWith(Check check, String field, boolean flag, String flagField, String value) {
        Optional<String> v = Optional.ofNullable(value).filter(s -> !s.isEmpty());
        check.that(flag || v.isEmpty(), field, "only with " + flagField);
        return v;
    }

    static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }
}
