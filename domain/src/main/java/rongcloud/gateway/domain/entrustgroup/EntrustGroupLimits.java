package rongcloud.gateway.domain.entrustgroup;

/** Documented limits of the hosted-group endpoints (catalog entrust-group.yaml): the one place they live. */
public final class EntrustGroupLimits {
    public static final int GROUP_ID_MAX_CHARS = 64;
    public static final int NAME_MAX_CHARS = 64;
    public static final int INTRODUCTION_MAX_CHARS = 512;
    public static final int ANNOUNCEMENT_MAX_CHARS = 1024;
    public static final int PORTRAIT_URL_MAX_CHARS = 128;
    public static final int EXT_MAX_PAIRS = 10;
    public static final String EXT_KEY_PREFIX = "ext_";
    public static final int EXT_KEY_MAX_CHARS = 32;
    public static final int EXT_VALUE_MAX_CHARS = 256;
    public static final int CREATE_MAX_INVITEES = 30;
    public static final int QUERY_MAX_GROUPS = 50;
    public static final int MEMBERS_MAX_PER_REQUEST = 100;
    /** A group has at most 10 managers, so no request can usefully carry more (a choice for add). */
    public static final int MANAGERS_MAX = 10;
    public static final int NICKNAME_MAX_CHARS = 64;
    public static final int EXTRA_MAX_CHARS = 128;
    public static final int REMARK_NAME_MAX_CHARS = 64;

    public static final int MEMBERS_PAGE_DEFAULT = 50;
    public static final int MEMBERS_PAGE_MAX = 100;
    public static final int GROUPS_PAGE_DEFAULT = 50;
    public static final int GROUPS_PAGE_MAX = 1000;
    public static final int JOINED_PAGE_DEFAULT = 50;
    public static final int JOINED_PAGE_MAX = 100;

    private EntrustGroupLimits() {
    }
}
