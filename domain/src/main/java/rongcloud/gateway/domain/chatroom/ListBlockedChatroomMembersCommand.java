package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** List the users banned from a chatroom. */
public record ListBlockedChatroomMembersCommand(String chatroomId) {
    public ListBlockedChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
