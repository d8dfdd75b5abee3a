package rongcloud.gateway.domain.userlists;

/** Documented limits of the block-list / allow-list endpoints (catalog user-lists.yaml): the one place they live. */
public final class UserListLimits {
    /** blackUserId / whiteUserId: at most 20 per request. */
    public static final int TARGETS_MAX = 20;
    /** /user/whitesetting/*.json: at most 20 user ids per request. */
    public static final int MODE_USERS_MAX = 20;
    /** /user/blacklist|whitelist/query.json: size default 1000, at most 1000. */
    public static final int PAGE_DEFAULT = 1000;
    public static final int PAGE_MAX = 1000;

    private UserListLimits() {
    }
}
