package rongcloud.gateway.domain.ultragroup;

/** RongCloud's unpushLevel of an ultra group or channel default. */
public enum UltraGroupPushLevel {
    ALL_MESSAGES(-1), NOT_SET(0), MENTIONS(1), MENTIONS_OF_USER(2), MENTION_ALL(4), NONE(5);

    private final int code;

    UltraGroupPushLevel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The level of a RongCloud code; NOT_SET for unknown codes. */
    public static UltraGroupPushLevel of(Integer code) {
        for (UltraGroupPushLevel level : values()) {
            if (code != null && level.code == code) {
                return level;
            }
        }
        return NOT_SET;
    }
}
