package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** Keep a chatroom alive. */
public record AddChatroomKeepaliveCommand(String chatroomId) {
    public AddChatroomKeepaliveCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
