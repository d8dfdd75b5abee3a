package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Query chatrooms the deprecated way. */
public record QueryChatroomsLegacyCommand(List<String> chatroomIds) {
    public QueryChatroomsLegacyCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomIds(check, "chatroom_ids", chatroomIds, ChatroomLimits.LEGACY_QUERY_MAX_CHATROOMS);
        check.validate();
        chatroomIds = List.copyOf(chatroomIds);
    }
}
