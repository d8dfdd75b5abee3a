package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Destroy chatrooms. */
public record DestroyChatroomCommand(List<String> chatroomIds) {
    public DestroyChatroomCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomIds(check, "chatroom_ids", chatroomIds, ChatroomLimits.DESTROY_MAX_CHATROOMS);
        check.validate();
        chatroomIds = List.copyOf(chatroomIds);
    }
}
