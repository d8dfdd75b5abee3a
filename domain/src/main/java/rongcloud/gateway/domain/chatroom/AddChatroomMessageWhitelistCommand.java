package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Protect message types in every chatroom from load shedding. */
public record AddChatroomMessageWhitelistCommand(List<String> objectNames) {
    public AddChatroomMessageWhitelistCommand {
        Check check = Check.request();
        ChatroomChecks.objectNames(check, "object_names", objectNames, ChatroomLimits.MESSAGE_WHITELIST_MAX_TYPES);
        check.validate();
        objectNames = List.copyOf(objectNames);
    }
}
