package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Let users speak in a chatroom muted for all. */
public record AddChatroomMuteAllExceptionsCommand(String chatroomId, List<String> userIds, Optional<ChatroomNotice> notice) {
    public AddChatroomMuteAllExceptionsCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userIds("user_ids", userIds, ChatroomLimits.MUTE_MAX_USERS);
        Objects.requireNonNull(notice, "notice");
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
