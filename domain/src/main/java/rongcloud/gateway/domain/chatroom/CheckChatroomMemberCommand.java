package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** Ask whether a user is in a chatroom. */
public record CheckChatroomMemberCommand(String chatroomId, String userId) {
    public CheckChatroomMemberCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userId("user_id", userId);
        check.validate();
    }
}
