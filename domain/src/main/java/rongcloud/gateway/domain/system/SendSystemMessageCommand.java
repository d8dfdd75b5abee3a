package rongcloud.gateway.domain.system;

import java.util.List;
import rongcloud.gateway.domain.message.MessageValidation;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.validation.Check;

/** Send a message to the SYSTEM conversation of 1..100 users. Quota cost: one per recipient. */
public record SendSystemMessageCommand(List<String> toUserIds, OutgoingMessage message) {
    public SendSystemMessageCommand {
        Check check = Check.request().userIds("to_user_ids", toUserIds, SystemLimits.SYSTEM_MAX_RECIPIENTS);
        MessageValidation.outgoing(check, message).validate();
        toUserIds = List.copyOf(toUserIds);
    }
}
