package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Device platforms of a /push.json push, with their wire names. */
public enum Platform {
    IOS("ios"), ANDROID("android");

    private final String wire;

    Platform(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    /** 1..2 distinct platforms; null entries are unset proto enums. */
    static Check check(Check check, List<Platform> platforms) {
        check.size("platforms", platforms, 1, SystemLimits.PLATFORMS_MAX);
        if (platforms != null) {
            check.that(!platforms.contains(null), "platforms", "must be IOS or ANDROID");
            check.that(platforms.stream().distinct().count() == platforms.size(), "platforms", "must not repeat a platform");
        }
        return check;
    }
}
