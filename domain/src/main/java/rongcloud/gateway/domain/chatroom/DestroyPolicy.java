package rongcloud.gateway.domain.chatroom;

import java.util.Objects;
import rongcloud.gateway.domain.validation.Check;

/**
 * A chatroom's auto-destroy policy: the type and its period in minutes, 60..10080, or 0 for RongCloud's default
 * (60; then destroyTime is not sent).
 */
public record DestroyPolicy(DestroyType type, int minutes) {
    public static final int DEFAULT_MINUTES = ChatroomLimits.DESTROY_MIN_MINUTES;

    public DestroyPolicy {
        Objects.requireNonNull(type, "type");
    }

    /** The period RongCloud applies. */
    public int effectiveMinutes() {
        return minutes == 0 ? DEFAULT_MINUTES : minutes;
    }

    static Check validate(Check check, String field, DestroyPolicy policy) {
        if (policy == null || policy.minutes == 0) {
            return check;
        }
        return check.range(field + ".minutes", policy.minutes, ChatroomLimits.DESTROY_MIN_MINUTES,
                ChatroomLimits.DESTROY_MAX_MINUTES);
    }
}
