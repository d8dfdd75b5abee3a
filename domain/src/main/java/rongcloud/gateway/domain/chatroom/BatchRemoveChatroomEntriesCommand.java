package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Force-delete up to 20 chatroom attributes. */
public record BatchRemoveChatroomEntriesCommand(String chatroomId, String entryOwnerId, List<String> keys) {
    public BatchRemoveChatroomEntriesCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.userId("entry_owner_id", entryOwnerId);
        ChatroomChecks.entryKeys(check, "keys", keys, 1, ChatroomLimits.ENTRY_BATCH_MAX);
        check.validate();
        keys = List.copyOf(keys);
    }
}
