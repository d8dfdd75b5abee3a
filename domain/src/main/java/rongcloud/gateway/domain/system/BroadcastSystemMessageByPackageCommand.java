package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.message.MessageContent;
import rongcloud.gateway.domain.message.MessageValidation;
import rongcloud.gateway.domain.validation.Check;

/** A SYSTEM message plus push to the users of one app package. Quota: the shared /push.json budget. */
public record BroadcastSystemMessageByPackageCommand(List<Platform> platforms, String fromUserId, String packageName,
                                                     MessageContent content, boolean disableUpdateLastMessage,
                                                     PushNotification notification) {
    public BroadcastSystemMessageByPackageCommand {
        Check check = Platform.check(Check.request(), platforms).userId("from_user_id", fromUserId)
                .chars("package_name", packageName, true, SystemLimits.PACKAGE_NAME_MAX_CHARS);
        MessageValidation.content(check, "content", content);
        PushNotification.check(check, "notification", notification, false).validate();
        platforms = List.copyOf(platforms);
    }
}
