package rongcloud.gateway.domain.entrustgroup;

/** Who may join a hosted group; {@code code} is RongCloud's joinPerm value. */
public enum JoinPermission {
    OWNER_APPROVES(0), NO_APPROVAL(1), OWNER_OR_MANAGER_APPROVES(2), NOBODY(3);

    private final int code;

    JoinPermission(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The permission RongCloud reports as {@code code}, or null for an unknown value. */
    public static JoinPermission ofCode(Integer code) {
        for (JoinPermission p : values()) {
            if (code != null && p.code == code) {
                return p;
            }
        }
        return null;
    }
}
