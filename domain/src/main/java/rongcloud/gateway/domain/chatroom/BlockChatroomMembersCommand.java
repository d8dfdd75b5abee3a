package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Ban users from a chatroom for a number of minutes. */
public record BlockChatroomMembersCommand(String chatroomId, List<String> userIds, int minutes, Optional<ChatroomNotice> notice) {
    public BlockChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userIds("user_ids", userIds, ChatroomLimits.MUTE_MAX_USERS);
        ChatroomChecks.minutes(check, "minutes", minutes);
        Objects.requireNonNull(notice, "notice");
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
