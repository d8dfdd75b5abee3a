package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Read given chatroom attributes (up to 100), or all of them (no keys). */
public record QueryChatroomEntriesCommand(String chatroomId, List<String> keys) {
    public QueryChatroomEntriesCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        ChatroomChecks.entryKeys(check, "keys", keys, 0, ChatroomLimits.ENTRY_QUERY_MAX_KEYS);
        check.validate();
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
