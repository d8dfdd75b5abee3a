package rongcloud.gateway.domain.ultragroup;

import java.time.Duration;

/** Documented limits of the ultra-group endpoints (catalog ultragroup.yaml): the one place they live. */
public final class UltraGroupLimits {
    public static final int GROUP_ID_MAX_CHARS = 64;
    /** Not in the docs: the Java SDK checks 1-64 characters client-side (catalog note). */
    public static final int GROUP_NAME_MAX_CHARS = 64;
    public static final int CHANNEL_ID_MAX_CHARS = 20;
    /** The default channel apps get since 2022-10-13; it cannot become private. */
    public static final String DEFAULT_CHANNEL = "RCDefault";
    public static final int USERS_MAX_PER_REQUEST = 20;
    public static final int USER_GROUP_ID_MAX_CHARS = 64;
    public static final int USER_GROUPS_MAX_PER_REQUEST = 10;
    public static final int MESSAGES_MAX_PER_GET = 20;
    public static final int CONTENT_MAX_BYTES = 128 * 1024;
    public static final Duration HISTORY_MAX_SPAN = Duration.ofDays(14);
    public static final int HISTORY_DEFAULT = 20;
    public static final int HISTORY_MAX = 100;
    public static final int EXPANSION_MAX_KEYS_PER_REQUEST = 100;
    public static final int EXPANSION_KEY_MAX_CHARS = 32;
    public static final int EXPANSION_VALUE_MAX_CHARS = 4096;
    public static final int EXPANSION_PAGE_SIZE = 300;

    public static final int CHANNELS_PAGE_DEFAULT = 20;
    public static final int CHANNELS_PAGE_MAX = 100;
    public static final int PRIVATE_USERS_PAGE_DEFAULT = 50;
    public static final int PRIVATE_USERS_PAGE_MAX = 100;
    /** user/channel, usergroup queries: default 10, at most 50. */
    public static final int SMALL_PAGE_DEFAULT = 10;
    public static final int SMALL_PAGE_MAX = 50;
    public static final int MUTED_PAGE_DEFAULT = 50;
    /** No maximum is documented for /ultragroup/userbanned/get.json; 200 (the allow list's) is a choice. */
    public static final int MUTED_PAGE_MAX = 200;
    public static final int WHITELIST_PAGE_DEFAULT = 50;
    public static final int WHITELIST_PAGE_MAX = 200;

    private UltraGroupLimits() {
    }
}
