package rongcloud.gateway.domain.push;

import java.util.Map;
import rongcloud.gateway.domain.system.PushNotification;

/** The notification of a Push Plus push: title, default text, iOS overrides and Android vendor settings. */
public record PushPlusNotification(String title, String alert, PushNotification.Ios ios, Android android) {
    /** Android vendor-channel settings (SDK keys hw, mi, oppo, vivo, extras). */
    public record Android(String hwChannelId, String hwImportance, String hwImage, String miChannelId,
                          String miLargeIconUri, String oppoChannelId, Integer vivoClassification,
                          Map<String, String> extras) {
        public Android {
            extras = extras == null ? Map.of() : Map.copyOf(extras);
        }
    }
}
