package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Ask, for each user, whether it is in a chatroom. */
public record CheckChatroomMembersCommand(String chatroomId, List<String> userIds) {
    public CheckChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userIds("user_ids", userIds, ChatroomLimits.EXIST_MAX_USERS);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
