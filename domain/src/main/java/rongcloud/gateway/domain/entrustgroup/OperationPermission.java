package rongcloud.gateway.domain.entrustgroup;

/** Which members may remove, invite or edit the profile; {@code code} is RongCloud's value (removePerm, ...). */
public enum OperationPermission {
    OWNER(0), OWNER_AND_MANAGERS(1), ALL_MEMBERS(2);

    private final int code;

    OperationPermission(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The permission RongCloud reports as {@code code}, or null for an unknown value. */
    public static OperationPermission ofCode(Integer code) {
        for (OperationPermission p : values()) {
            if (code != null && p.code == code) {
                return p;
            }
        }
        return null;
    }
}
