package rongcloud.gateway.domain.conversation;

import java.util.Set;
import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.message.MessageLimits;
import rongcloud.gateway.domain.validation.Check;

/** Pin or unpin a conversation of a user (PRIVATE, GROUP or SYSTEM). */
public record SetConversationTopCommand(String userId, ConversationType conversationType, String targetId,
                                        boolean pinned) {
    private static final Set<ConversationType> TYPES =
            Set.of(ConversationType.PRIVATE, ConversationType.GROUP, ConversationType.SYSTEM);

    public SetConversationTopCommand {
        Check check = Check.request().userId("user_id", userId);
        ConversationType.check(check, "conversation_type", conversationType, TYPES);
        check.chars("target_id", targetId, true, MessageLimits.TARGET_ID_MAX_CHARS).validate();
    }
}
