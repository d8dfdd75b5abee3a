package rongcloud.gateway.domain.userprofile;

import java.util.regex.Pattern;

/** Documented limits of the profile-hosting endpoints (catalog user-profile.yaml): the one place they live. */
public final class UserProfileLimits {
    public static final int UNIQUE_ID_MAX_CHARS = 32;
    /** Catalog conflict: English docs 64 / 1024, Chinese docs 32 / 128; the gateway follows the English docs. */
    public static final int NAME_MAX_CHARS = 64;
    public static final int PORTRAIT_URI_MAX_CHARS = 1024;
    public static final int EMAIL_MAX_CHARS = 128;
    public static final int BIRTHDAY_MAX_CHARS = 32;
    public static final int LOCATION_MAX_CHARS = 32;
    public static final int ROLE_MIN = 0;
    public static final int ROLE_MAX = 100;
    public static final int LEVEL_MIN = 0;
    public static final int LEVEL_MAX = 100;
    /** userExtProfile: at most 20 pairs; keys ext_ + letters/digits, at most 32 characters; values at most 256. */
    public static final int EXT_MAX_ENTRIES = 20;
    public static final Pattern EXT_KEY = Pattern.compile("ext_[A-Za-z0-9]+");
    public static final int EXT_KEY_MAX_CHARS = 32;
    public static final int EXT_VALUE_MAX_CHARS = 256;
    public static final int CLEAN_MAX_USERS = 20;
    public static final int BATCH_QUERY_MAX_USERS = 100;
    /** /user/profile/query.json: size default 20, at most 100. */
    public static final int PAGE_DEFAULT = 20;
    public static final int PAGE_MAX = 100;

    private UserProfileLimits() {
    }
}
