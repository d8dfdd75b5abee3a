package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Protect users of a chatroom. */
public record AddChatroomUserWhitelistCommand(String chatroomId, List<String> userIds) {
    public AddChatroomUserWhitelistCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userIds("user_ids", userIds, ChatroomLimits.USER_WHITELIST_MAX_USERS);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
