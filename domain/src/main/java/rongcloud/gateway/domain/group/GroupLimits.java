package rongcloud.gateway.domain.group;

/** Documented limits of the legacy group and group-mute endpoints (catalog group.yaml, group-mute.yaml). */
public final class GroupLimits {
    /** Group ids: "at most 64 characters; letters and digits (case-sensitive)" (/group/create.json). */
    public static final int GROUP_ID_MAX_BYTES = 64;
    /** Undocumented; server-sdk-go says 64 characters, server-sdk-java 255: the gateway keeps the stricter 64. */
    public static final int GROUP_NAME_MAX_CHARS = 64;
    public static final int MEMBERSHIP_MAX_USERS = 1000;
    public static final int USER_GROUPS_PAGE_DEFAULT = 50;
    public static final int USER_GROUPS_PAGE_MAX = 1000;

    public static final int MUTE_MAX_USERS = 20;
    public static final int MUTE_MIN_MINUTES = 1;
    public static final int MUTE_MAX_MINUTES = 43_200;
    public static final int MUTE_ALL_MAX_GROUPS = 20;
    public static final int MUTE_ALL_PAGE_DEFAULT = 50;
    public static final int MUTE_ALL_PAGE_MAX = 200;
    public static final int WHITELIST_MAX_USERS = 20;

    private GroupLimits() {
    }
}
