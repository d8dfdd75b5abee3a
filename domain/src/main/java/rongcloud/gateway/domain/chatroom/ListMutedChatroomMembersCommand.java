package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** List the users muted in a chatroom. */
public record ListMutedChatroomMembersCommand(String chatroomId) {
    public ListMutedChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
