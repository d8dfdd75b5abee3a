package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Send one message to 1..10 chatrooms. Quota cost: one per target chatroom. */
public record SendChatroomMessageCommand(List<String> chatroomIds, OutgoingMessage message) {
    public SendChatroomMessageCommand {
        Check check = Check.request().ids("to_chatroom_ids", chatroomIds, MessageLimits.CHATROOM_MAX_TARGETS,
                "chatroom id");
        message.check(check, false).validate();
        chatroomIds = List.copyOf(chatroomIds);
    }
}
