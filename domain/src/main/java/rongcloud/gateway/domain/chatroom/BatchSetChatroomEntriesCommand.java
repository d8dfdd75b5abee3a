package rongcloud.gateway.domain.chatroom;

import java.util.Map;
import rongcloud.gateway.domain.validation.Check;

/** Set up to 20 chatroom attributes owned by one user, overwriting existing keys. */
public record BatchSetChatroomEntriesCommand(String chatroomId, String entryOwnerId, Map<String, String> entries, boolean autoDelete) {
    public BatchSetChatroomEntriesCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userId("entry_owner_id", entryOwnerId);
        ChatroomChecks.entries(check, "entries", entries, 1);
        check.validate();
        entries = ChatroomChecks.copy(entries);
    }
}
