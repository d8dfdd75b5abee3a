package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** List a chatroom's protected users. */
public record QueryChatroomUserWhitelistCommand(String chatroomId) {
    public QueryChatroomUserWhitelistCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.validate();
    }
}
