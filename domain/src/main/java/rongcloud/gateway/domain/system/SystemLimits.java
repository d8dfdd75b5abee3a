package rongcloud.gateway.domain.system;

/** Documented limits of the system-notification endpoints (catalog system.yaml). */
public final class SystemLimits {
    public static final int SYSTEM_MAX_RECIPIENTS = 100;
    public static final int PUSH_USERS_MAX = 100;
    public static final int AUDIENCE_TAGS_MAX = 20;
    public static final int AUDIENCE_USERS_MAX = 1000;
    public static final int PLATFORMS_MAX = 2;
    public static final int TITLE_MAX_CHARS = 50;
    public static final int BADGE_MAX = 9999;
    public static final int PACKAGE_NAME_MAX_CHARS = 255;

    private SystemLimits() {
    }
}
