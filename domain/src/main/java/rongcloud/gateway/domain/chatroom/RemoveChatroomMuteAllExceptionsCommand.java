package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Remove users from a chatroom's mute-all exceptions. */
public record RemoveChatroomMuteAllExceptionsCommand(String chatroomId, List<String> userIds, Optional<ChatroomNotice> notice) {
    public RemoveChatroomMuteAllExceptionsCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userIds("user_ids", userIds, ChatroomLimits.MUTE_MAX_USERS);
        Objects.requireNonNull(notice, "notice");
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
