package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Send one message to 1..1000 users in one-to-one chat. Quota cost: one per recipient. */
public record SendPrivateMessageCommand(List<String> toUserIds, OutgoingMessage message) {
    public SendPrivateMessageCommand {
        Check check = Check.request().userIds("to_user_ids", toUserIds, MessageLimits.PRIVATE_MAX_RECIPIENTS);
        message.check(check, false).validate();
        toUserIds = List.copyOf(toUserIds);
    }
}
