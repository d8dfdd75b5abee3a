package rongcloud.gateway.domain.chatroom;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Mark message types as low priority. */
public record AddChatroomLowPriorityMessageTypesCommand(List<String> objectNames) {
    public AddChatroomLowPriorityMessageTypesCommand {
        Check check = Check.request();
        ChatroomChecks.objectNames(check, "object_names", objectNames, ChatroomLimits.PRIORITY_MAX_TYPES);
        check.validate();
        objectNames = List.copyOf(objectNames);
    }
}
