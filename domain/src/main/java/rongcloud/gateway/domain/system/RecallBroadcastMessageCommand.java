package rongcloud.gateway.domain.system;

import java.time.Instant;
import rongcloud.gateway.domain.validation.Check;

/** Recall a message sent to all users, by tag or by package. */
public record RecallBroadcastMessageCommand(String fromUserId, String messageUid, Instant sentTime, boolean byAdmin,
                                            boolean delete, String extra, boolean disableUpdateLastMessage) {
    public RecallBroadcastMessageCommand {
        Check check = Check.request().userId("from_user_id", fromUserId)
                .chars("message_uid", messageUid, true, Integer.MAX_VALUE).notNull("sent_time", sentTime);
        check.that(sentTime == null || sentTime.toEpochMilli() > 0, "sent_time", "must be after 1970-01-01").validate();
    }
}
