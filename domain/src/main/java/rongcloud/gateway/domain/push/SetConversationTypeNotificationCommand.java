package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.validation.Check;

/** Set {@code userId}'s Do Not Disturb level for every conversation of one type. */
public record SetConversationTypeNotificationCommand(ConversationType conversationType, String userId,
                                                     DoNotDisturbLevel level) {
    public SetConversationTypeNotificationCommand {
        Check check = Check.request().userId("user_id", userId);
        ConversationType.check(check, "conversation_type", conversationType, PushChecks.DND_TYPES);
        PushChecks.level(check, "level", level).validate();
    }
}
