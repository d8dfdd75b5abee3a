package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Lift the mute of users in one chatroom. */
public record UnmuteChatroomMembersCommand(String chatroomId, List<String> userIds, Optional<ChatroomNotice> notice) {
    public UnmuteChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userIds("user_ids", userIds, ChatroomLimits.MUTE_MAX_USERS);
        Objects.requireNonNull(notice, "notice");
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
