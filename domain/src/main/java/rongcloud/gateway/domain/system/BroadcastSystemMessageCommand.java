package rongcloud.gateway.domain.system;

import rongcloud.gateway.domain.message.MessageValidation;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.validation.Check;

/** Send a message to the SYSTEM conversation of every user. Quota: 2/hour + 3/calendar day (own budget). */
public record BroadcastSystemMessageCommand(OutgoingMessage message) {
    public BroadcastSystemMessageCommand {
        MessageValidation.outgoing(Check.request(), message).validate();
    }
}
