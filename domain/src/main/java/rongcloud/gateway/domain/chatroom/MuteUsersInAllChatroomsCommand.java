package rongcloud.gateway.domain.chatroom;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Mute users in every chatroom of the app. */
public record MuteUsersInAllChatroomsCommand(List<String> userIds, int minutes, Optional<ChatroomNotice> notice) {
    public MuteUsersInAllChatroomsCommand {
        Check check = Check.request();
        check.userIds("user_ids", userIds, ChatroomLimits.MUTE_MAX_USERS);
        ChatroomChecks.minutes(check, "minutes", minutes);
        Objects.requireNonNull(notice, "notice");
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
