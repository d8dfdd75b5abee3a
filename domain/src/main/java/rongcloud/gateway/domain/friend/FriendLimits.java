package rongcloud.gateway.domain.friend;

import java.util.regex.Pattern;

/** Documented limits of the friend endpoints (catalog friend.yaml): the one place they live. */
public final class FriendLimits {
    public static final int EXTRA_MAX_CHARS = 128;
    /** targetIds / userIds: comma-separated, at most 100 ids. */
    public static final int IDS_MAX = 100;
    public static final int REMARK_NAME_MAX_CHARS = 64;
    /** friendExtProfile: at most 10 keys; ext_ + lower-case letters, digits, '_', at most 32 chars; values at most 256. */
    public static final int EXT_MAX_ENTRIES = 10;
    public static final Pattern EXT_KEY = Pattern.compile("ext_[a-z0-9_]+");
    public static final int EXT_KEY_MAX_CHARS = 32;
    public static final int EXT_VALUE_MAX_CHARS = 256;
    /** /friend/get.json: size default 50, at most 100. */
    public static final int PAGE_DEFAULT = 50;
    public static final int PAGE_MAX = 100;

    private FriendLimits() {
    }
}
