package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.validation.Check;

/** Get {@code userId}'s Do Not Disturb level for one conversation type. */
public record GetConversationTypeNotificationCommand(ConversationType conversationType, String userId) {
    public GetConversationTypeNotificationCommand {
        Check check = Check.request().userId("user_id", userId);
        ConversationType.check(check, "conversation_type", conversationType, PushChecks.DND_TYPES).validate();
    }
}
