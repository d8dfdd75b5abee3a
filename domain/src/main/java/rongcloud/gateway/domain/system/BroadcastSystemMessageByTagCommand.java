package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.message.MessageContent;
import rongcloud.gateway.domain.message.MessageValidation;
import rongcloud.gateway.domain.validation.Check;

/** A SYSTEM message plus push to the users with given tags (or ids). Quota: the shared /push.json budget. */
public record BroadcastSystemMessageByTagCommand(List<Platform> platforms, String fromUserId, PushAudience audience,
                                                 MessageContent content, boolean disableUpdateLastMessage,
                                                 PushNotification notification) {
    public BroadcastSystemMessageByTagCommand {
        audience = audience == null ? PushAudience.NONE : audience;
        Check check = Platform.check(Check.request(), platforms).userId("from_user_id", fromUserId);
        check.that(!audience.tags().isEmpty() || !audience.tagsOr().isEmpty() || !audience.userIds().isEmpty(),
                "audience", "needs tags, tags_or or user_ids");
        audience.check(check, "audience");
        MessageValidation.content(check, "content", content);
        PushNotification.check(check, "notification", notification, false).validate();
        platforms = List.copyOf(platforms);
    }
}
