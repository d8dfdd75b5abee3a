package rongcloud.gateway.domain.push;

import java.util.Optional;

/** Do Not Disturb levels with RongCloud's numbers (unpushLevel, isMuted, unPushLevel). */
public enum DoNotDisturbLevel {
    /** -1: every message notifies. */
    ALL_MESSAGES(-1),
    /** 0: no own setting; the group or app default applies, else every message notifies. */
    DEFAULT(0),
    /** 1: only @ messages notify. */
    MENTIONS(1),
    /** 2: only messages that @ the user notify. */
    MENTIONS_OF_USER(2),
    /** 4: only @all messages notify. */
    MENTIONS_OF_ALL(4),
    /** 5: nothing notifies. */
    NONE(5);

    private final int wire;

    DoNotDisturbLevel(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    public static Optional<DoNotDisturbLevel> fromWire(int wire) {
        for (DoNotDisturbLevel l : values()) {
            if (l.wire == wire) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
