package rongcloud.gateway.domain.message;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import rongcloud.gateway.domain.validation.Check;

/** RongCloud's conversation types and their wire codes. */
public enum ConversationType {
    PRIVATE(1), GROUP(3), CHATROOM(4), SYSTEM(6), ULTRA_GROUP(10);

    private final int code;

    ConversationType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Requires {@code type} to be one of {@code allowed} (null = unset). */
    public static Check check(Check check, String field, ConversationType type, Set<ConversationType> allowed) {
        return check.that(type != null && allowed.contains(type), field, "must be one of "
                + Arrays.stream(values()).filter(allowed::contains).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
