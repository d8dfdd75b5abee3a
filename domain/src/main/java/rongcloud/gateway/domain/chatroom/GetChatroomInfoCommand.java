package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** Get a chatroom's basic information. */
public record GetChatroomInfoCommand(String chatroomId) {
    public GetChatroomInfoCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
