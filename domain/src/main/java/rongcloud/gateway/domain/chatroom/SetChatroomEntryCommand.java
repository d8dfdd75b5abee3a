package rongcloud.gateway.domain.chatroom;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Set one chatroom attribute owned by the user; optionally notify the chatroom (RC:chrmKVNotiMsg). */
public record SetChatroomEntryCommand(String chatroomId, String userId, String key, String value, boolean autoDelete, boolean sendNotification, Optional<String> notifyExtra) {
    public SetChatroomEntryCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userId("user_id", userId);
        ChatroomChecks.entryKey(check, "key", key);
        check.chars("value", value, true, ChatroomLimits.ENTRY_VALUE_MAX_CHARS);
        Objects.requireNonNull(notifyExtra, "notifyExtra");
        check.that(sendNotification || notifyExtra.isEmpty(), "notify_extra", "only with notify");
        check.validate();
    }
}
