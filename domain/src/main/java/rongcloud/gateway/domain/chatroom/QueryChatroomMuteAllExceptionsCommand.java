package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** List a chatroom's mute-all exceptions. */
public record QueryChatroomMuteAllExceptionsCommand(String chatroomId) {
    public QueryChatroomMuteAllExceptionsCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
