package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** Ask whether a chatroom is muted for all. */
public record CheckChatroomMuteAllCommand(String chatroomId) {
    public CheckChatroomMuteAllCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
