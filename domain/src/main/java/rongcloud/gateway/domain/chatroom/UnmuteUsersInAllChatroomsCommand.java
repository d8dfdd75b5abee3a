package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Lift the app-wide chatroom mute of users. */
public record UnmuteUsersInAllChatroomsCommand(List<String> userIds, Optional<ChatroomNotice> notice) {
    public UnmuteUsersInAllChatroomsCommand {
        Check check = Check.request();
        check.userIds("user_ids", userIds, ChatroomLimits.MUTE_MAX_USERS);
        Objects.requireNonNull(notice, "notice");
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
