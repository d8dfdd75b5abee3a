package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Send a status message (online users only, not stored) to 1..1000 users. Quota cost: one per recipient. */
public record SendPrivateStatusMessageCommand(List<String> toUserIds, OutgoingMessage message) {
    public SendPrivateStatusMessageCommand {
        Check check = Check.request().userIds("to_user_ids", toUserIds, MessageLimits.PRIVATE_MAX_RECIPIENTS);
        message.check(check, false).validate();
        toUserIds = List.copyOf(toUserIds);
    }
}
