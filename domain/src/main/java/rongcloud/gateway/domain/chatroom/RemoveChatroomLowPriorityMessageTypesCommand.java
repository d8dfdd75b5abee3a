package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Give message types their normal priority back. */
public record RemoveChatroomLowPriorityMessageTypesCommand(List<String> objectNames) {
    public RemoveChatroomLowPriorityMessageTypesCommand {
        Check check = Check.request();
        ChatroomChecks.objectNames(check, "object_names", objectNames, ChatroomLimits.PRIORITY_MAX_TYPES);
        check.validate();
        objectNames = List.copyOf(objectNames);
    }
}
