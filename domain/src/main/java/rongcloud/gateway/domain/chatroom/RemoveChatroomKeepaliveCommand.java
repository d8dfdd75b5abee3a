package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** Stop keeping a chatroom alive. */
public record RemoveChatroomKeepaliveCommand(String chatroomId) {
    public RemoveChatroomKeepaliveCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
