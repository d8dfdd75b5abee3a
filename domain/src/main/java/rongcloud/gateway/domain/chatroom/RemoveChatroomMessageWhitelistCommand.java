package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Remove message types from the chatroom message whitelist. */
public record RemoveChatroomMessageWhitelistCommand(List<String> objectNames) {
    public RemoveChatroomMessageWhitelistCommand {
        Check check = Check.request();
        ChatroomChecks.objectNames(check, "object_names", objectNames, ChatroomLimits.MESSAGE_WHITELIST_MAX_TYPES);
        check.validate();
        objectNames = List.copyOf(objectNames);
    }
}
