package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Remove protected users of a chatroom. */
public record RemoveChatroomUserWhitelistCommand(String chatroomId, List<String> userIds) {
    public RemoveChatroomUserWhitelistCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userIds("user_ids", userIds, ChatroomLimits.USER_WHITELIST_MAX_USERS);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
