package rongcloud.gateway.domain.ultragroup;

/** Whether a channel is open to every member (RongCloud's 0) or to its private member list only (1). */
public enum UltraGroupChannelType {
    PUBLIC(0), PRIVATE(1);

    private final int code;

    UltraGroupChannelType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type of a RongCloud code; PUBLIC for unknown codes (a choice). */
    public static UltraGroupChannelType of(Integer code) {
        return code != null && code == 1 ? PRIVATE : PUBLIC;
    }
}
