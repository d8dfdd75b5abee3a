package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Push-only notification to everyone ({@code toAll}) or an audience. Quota: the shared /push.json budget. */
public record PushNotificationToAllCommand(List<Platform> platforms, boolean toAll, PushAudience audience,
                                           PushNotification notification) {
    public PushNotificationToAllCommand {
        audience = audience == null ? PushAudience.NONE : audience;
        Check check = Platform.check(Check.request(), platforms);
        check.that(toAll == audience.isEmpty(), "audience", toAll ? "must be empty when to_all is set"
                : "is required unless to_all is set");
        audience.check(check, "audience");
        PushNotification.check(check, "notification", notification, true).validate();
        platforms = List.copyOf(platforms);
    }
}
