package rongcloud.gateway.domain.entrustgroup;

/**
 * Who may edit a member's group profile; {@code code} is RongCloud's memProfilePerm value (catalog: taken
 * from the client SDK enum RCGroupMemberInfoEditPermission, the doc page being cut off).
 */
public enum MemberProfilePermission {
    OWNER_MANAGERS_AND_SELF(0), OWNER_AND_SELF(1), SELF_ONLY(2);

    private final int code;

    MemberProfilePermission(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The permission RongCloud reports as {@code code}, or null for an unknown value. */
    public static MemberProfilePermission ofCode(Integer code) {
        for (MemberProfilePermission p : values()) {
            if (code != null && p.code == code) {
                return p;
            }
        }
        return null;
    }
}
