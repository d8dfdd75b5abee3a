package rongcloud.gateway.domain.message;

import rongcloud.gateway.domain.validation.Check;

/** Broadcast one message to every chatroom of the app (no msgRandom: the endpoint documents none). */
public record BroadcastChatroomMessageCommand(OutgoingMessage message) {
    public BroadcastChatroomMessageCommand {
        message.check(Check.request(), false).validate();
    }
}
