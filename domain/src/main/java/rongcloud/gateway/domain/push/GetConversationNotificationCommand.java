package rongcloud.gateway.domain.push;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.validation.Check;

/** Get {@code userId}'s Do Not Disturb level for one conversation (an ultra group: optionally one channel). */
public record GetConversationNotificationCommand(ConversationType conversationType, String userId, String targetId,
                                                 Optional<String> busChannel) {
    public GetConversationNotificationCommand {
        Objects.requireNonNull(busChannel, "busChannel");
        Check check = Check.request().userId("user_id", userId);
        PushChecks.conversation(check, conversationType, targetId);
        PushChecks.busChannel(check, conversationType, busChannel).validate();
    }
}
