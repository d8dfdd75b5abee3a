package rongcloud.gateway.domain.chatroom;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Mute every member of a chatroom. */
public record MuteAllChatroomMembersCommand(String chatroomId, Optional<ChatroomNotice> notice) {
    public MuteAllChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        Objects.requireNonNull(notice, "notice");
        check.validate();
    }
}
