package rongcloud.gateway.domain.message;

import rongcloud.gateway.domain.validation.Check;

/**
 * The remote push of a message (pushContent, pushData, pushExt, disablePush, count, contentAvailable).
 *
 * @param ext   title / template / force-show options sent as pushExt; null sends none
 * @param badge iOS badge (RongCloud's count); null sends none
 */
public record PushSettings(String pushContent, String pushData, PushExt ext, boolean disablePush, Integer badge,
                           boolean contentAvailable) {
    public static final PushSettings NONE = new PushSettings(null, null, null, false, null, false);
    public static final int TITLE_MAX_CHARS = 50;

    /** pushExt's documented keys. */
    public record PushExt(String title, String templateId, boolean forceShowPushContent) {
    }

    void check(Check check, String field) {
        if (ext != null) {
            check.chars(field + ".ext.title", ext.title(), false, TITLE_MAX_CHARS);
        }
    }
}
