package rongcloud.gateway.domain.system;

import rongcloud.gateway.domain.message.MessageValidation;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.validation.Check;

/** Send a message to every user online now. Quota: 60/minute. */
public record BroadcastOnlineMessageCommand(OutgoingMessage message) {
    public BroadcastOnlineMessageCommand {
        MessageValidation.outgoing(Check.request(), message).validate();
    }
}
