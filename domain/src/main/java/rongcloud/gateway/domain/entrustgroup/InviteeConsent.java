package rongcloud.gateway.domain.entrustgroup;

/** Whether invited users must accept; {@code code} is RongCloud's invitePerm value. */
public enum InviteeConsent {
    NOT_REQUIRED(0), REQUIRED(1);

    private final int code;

    InviteeConsent(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The value RongCloud reports as {@code code}, or null for an unknown value. */
    public static InviteeConsent ofCode(Integer code) {
        for (InviteeConsent p : values()) {
            if (code != null && p.code == code) {
                return p;
            }
        }
        return null;
    }
}
