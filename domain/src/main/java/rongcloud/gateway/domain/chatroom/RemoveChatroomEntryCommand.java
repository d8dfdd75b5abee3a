package rongcloud.gateway.domain.chatroom;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Delete one chatroom attribute; optionally notify the chatroom (RC:chrmKVNotiMsg). */
public record RemoveChatroomEntryCommand(String chatroomId, String userId, String key, boolean sendNotification, Optional<String> notifyExtra) {
    public RemoveChatroomEntryCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userId("user_id", userId);
        ChatroomChecks.entryKey(check, "key", key);
        Objects.requireNonNull(notifyExtra, "notifyExtra");
        check.that(sendNotification || notifyExtra.isEmpty(), "notify_extra", "only with notify");
        check.validate();
    }
}
