package rongcloud.gateway.domain.message;

import java.time.Instant;
import java.util.EnumSet;
import rongcloud.gateway.domain.validation.Check;

/** Recall a sent message (any conversation type; SYSTEM for system notifications). */
public record RecallMessageCommand(String fromUserId, ConversationType conversationType, String targetId,
                                   String messageUid, Instant sentTime, String channelId, boolean byAdmin,
                                   boolean delete, boolean disablePush, String extra,
                                   boolean disableUpdateLastMessage) {
    public RecallMessageCommand {
        Check check = Check.request().userId("from_user_id", fromUserId);
        ConversationType.check(check, "conversation_type", conversationType, EnumSet.allOf(ConversationType.class));
        check.chars("target_id", targetId, true, MessageLimits.TARGET_ID_MAX_CHARS)
                .chars("message_uid", messageUid, true, Integer.MAX_VALUE)
                .notNull("sent_time", sentTime);
        if (sentTime != null) {
            check.that(sentTime.toEpochMilli() > 0, "sent_time", "must be after 1970-01-01");
        }
        boolean hasChannel = channelId != null && !channelId.isEmpty();
        check.that(!hasChannel || conversationType == ConversationType.ULTRA_GROUP, "channel_id", "only for ultra groups");
        check.validate();
        channelId = hasChannel ? channelId : null;
    }
}
