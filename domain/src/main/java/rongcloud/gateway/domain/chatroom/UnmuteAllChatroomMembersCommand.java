package rongcloud.gateway.domain.chatroom;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Lift mute-all of a chatroom. */
public record UnmuteAllChatroomMembersCommand(String chatroomId, Optional<ChatroomNotice> notice) {
    public UnmuteAllChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        Objects.requireNonNull(notice, "notice");
        check.validate();
    }
}
