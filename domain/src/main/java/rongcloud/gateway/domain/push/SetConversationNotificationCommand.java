package rongcloud.gateway.domain.push;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.validation.Check;

/** Set {@code userId}'s Do Not Disturb level for one conversation (an ultra group: optionally one channel). */
public record SetConversationNotificationCommand(ConversationType conversationType, String userId, String targetId,
                                                 DoNotDisturbLevel level, Optional<String> busChannel) {
    public SetConversationNotificationCommand {
        Objects.requireNonNull(busChannel, "busChannel");
        Check check = Check.request().userId("user_id", userId);
        PushChecks.conversation(check, conversationType, targetId);
        PushChecks.level(check, "level", level);
        PushChecks.busChannel(check, conversationType, busChannel).validate();
    }
}
