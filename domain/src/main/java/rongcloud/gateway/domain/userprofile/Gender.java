package rongcloud.gateway.domain.userprofile;

/** Gender of a hosted profile; {@code wire} is RongCloud's number. */
public enum Gender {
    UNKNOWN(0),
    MALE(1),
    FEMALE(2);

    private final int wire;

    Gender(int wire) {
        this.wire = wire;
    }

    public int wire() {
        return wire;
    }

    /** The gender for RongCloud's number; unknown numbers read as {@link #UNKNOWN}. */
    public static Gender ofWire(int wire) {
        for (Gender g : values()) {
            if (g.wire == wire) {
                return g;
            }
        }
        return UNKNOWN;
    }
}
