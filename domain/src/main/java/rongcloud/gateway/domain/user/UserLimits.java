package rongcloud.gateway.domain.user;

/** Documented limits of the user-management endpoints (catalog user.yaml): the one place they live. */
public final class UserLimits {
    public static final int NAME_MAX_CHARS = 64;
    public static final int PORTRAIT_URI_MAX_BYTES = 1024;
    public static final int EXPIRE_TOKENS_MAX_USERS = 20;
    public static final int DEACTIVATE_MAX_USERS = 100;
    public static final int REACTIVATE_MAX_USERS = 100;
    public static final int BLOCK_MAX_USERS = 20;
    public static final int BLOCK_MIN_MINUTES = 1;
    public static final int BLOCK_MAX_MINUTES = 43_200;
    public static final int PRIVATE_MUTE_MAX_USERS = 1000;
    public static final int TAGS_MAX_PER_USER = 20;
    public static final int TAG_MAX_BYTES = 40;
    public static final int BATCH_TAGS_MAX_USERS = 1000;
    public static final int GET_TAGS_MAX_USERS = 50;

    public static final int DEACTIVATED_PAGE_DEFAULT = 50;
    public static final int DEACTIVATED_PAGE_MAX = 50;
    /** RongCloud documents no maximum for /user/block/query.json; the gateway caps pages at 200. */
    public static final int BLOCKED_PAGE_DEFAULT = 50;
    public static final int BLOCKED_PAGE_MAX = 200;
    public static final int MUTED_PAGE_DEFAULT = 100;
    public static final int MUTED_PAGE_MAX = 200;

    private UserLimits() {
    }
}
