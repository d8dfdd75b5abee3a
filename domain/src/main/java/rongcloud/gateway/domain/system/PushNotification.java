package rongcloud.gateway.domain.system;

import java.util.Map;
import rongcloud.gateway.domain.validation.Check;

/** A push notification: default text and title, with iOS and Android overrides. */
public record PushNotification(String alert, String title, boolean forceShowPushContent, Ios ios, Android android) {
    /** iOS overrides (APNs fields). */
    public record Ios(String alert, String title, Integer badge, String category, String threadId,
                      String apnsCollapseId, String richMediaUri, boolean contentAvailable, Map<String, String> extras) {
        public Ios {
            extras = extras == null ? Map.of() : Map.copyOf(extras);
        }
    }

    /** Android overrides. */
    public record Android(String alert, Map<String, String> extras) {
        public Android {
            extras = extras == null ? Map.of() : Map.copyOf(extras);
        }
    }

    static Check check(Check check, String field, PushNotification n, boolean required) {
        if (n == null) {
            return check.that(!required, field, "is required");
        }
        check.chars(field + ".alert", n.alert(), true, Integer.MAX_VALUE)
                .chars(field + ".title", n.title(), false, SystemLimits.TITLE_MAX_CHARS);
        if (n.ios() != null) {
            check.chars(field + ".ios.title", n.ios().title(), false, SystemLimits.TITLE_MAX_CHARS);
            check.that(n.ios().badge() == null || n.ios().badge() <= SystemLimits.BADGE_MAX, field + ".ios.badge",
                    "at most " + SystemLimits.BADGE_MAX);
        }
        return check;
    }
}
