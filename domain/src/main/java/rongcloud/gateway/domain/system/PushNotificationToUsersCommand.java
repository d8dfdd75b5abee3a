package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Push-only notification to 1..100 users. Quota cost: one per recipient. */
public record PushNotificationToUsersCommand(List<String> userIds, PushNotification notification) {
    public PushNotificationToUsersCommand {
        Check check = Check.request().userIds("user_ids", userIds, SystemLimits.PUSH_USERS_MAX);
        PushNotification.check(check, "notification", notification, true);
        check.that(notification == null || !notification.forceShowPushContent(), "notification.force_show_push_content",
                "not supported by /push/user.json").validate();
        userIds = List.copyOf(userIds);
    }
}
