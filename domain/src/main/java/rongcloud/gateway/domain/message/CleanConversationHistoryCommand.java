package rongcloud.gateway.domain.message;

import java.time.Instant;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Delete a conversation's server-side history before {@code before} (all of it when null). */
public record CleanConversationHistoryCommand(ConversationType conversationType, String userId, String targetId,
                                              Instant before) {
    private static final Set<ConversationType> TYPES = Set.of(ConversationType.PRIVATE, ConversationType.GROUP,
            ConversationType.CHATROOM, ConversationType.SYSTEM);

    public CleanConversationHistoryCommand {
        Check check = Check.request();
        ConversationType.check(check, "conversation_type", conversationType, TYPES);
        check.userId("user_id", userId).chars("target_id", targetId, true, MessageLimits.TARGET_ID_MAX_CHARS);
        check.that(before == null || before.toEpochMilli() > 0, "before", "must be after 1970-01-01");
        check.validate();
    }
}
