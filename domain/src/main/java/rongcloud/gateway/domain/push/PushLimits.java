package rongcloud.gateway.domain.push;

/** Documented limits of the push endpoints (catalog push.yaml). */
public final class PushLimits {
    /** /user/remarks/set.json: "at most 100 entries per request". */
    public static final int USER_REMARKS_MAX = 100;
    /** /user/remarks/get.json: size defaults to 50; "at most 50 per response". */
    public static final int USER_REMARKS_PAGE_DEFAULT = 50;
    public static final int USER_REMARKS_PAGE_MAX = 50;
    /** Group ids: "at most 64 characters; letters and digits" (/group/create.json; one id space). */
    public static final int GROUP_ID_MAX_BYTES = 64;
    /** Conversation target ids (users, groups, ultra groups): at most 64 characters. */
    public static final int TARGET_ID_MAX_CHARS = 64;
    /** /user/blockPushPeriod/set.json period: "0-1439 minutes; 0 = not set" (0 is refused: delete instead). */
    public static final int PERIOD_MIN_MINUTES = 1;
    public static final int PERIOD_MAX_MINUTES = 1439;
    /** /push/custom.json platform: "ios | android; 1-2 entries". */
    public static final int PLATFORMS_MAX = 2;

    private PushLimits() {
    }
}
