package rongcloud.gateway.domain.chatroom;

import java.util.Map;
import rongcloud.gateway.domain.validation.Check;

/** Create named chatrooms the deprecated way (id -> name). */
public record CreateChatroomLegacyCommand(Map<String, String> chatroomNames) {
    public CreateChatroomLegacyCommand {
        Check check = Check.request();
        int n = chatroomNames == null ? 0 : chatroomNames.size();
        check.that(n >= 1 && n <= ChatroomLimits.LEGACY_CREATE_MAX_CHATROOMS, "chatroom_names", "must hold 1 to " + ChatroomLimits.LEGACY_CREATE_MAX_CHATROOMS + " chatrooms, got " + n);
        if (chatroomNames != null) {
            chatroomNames.forEach((id, name) -> {
                String f = "chatroom_names[" + id + "]";
                check.that(!id.isEmpty() && Check.bytes(id) <= ChatroomLimits.CHATROOM_ID_MAX_BYTES && ChatroomChecks.LEGACY_ID.matcher(id).matches(), f,
                        "ids must be letters and digits, at most " + ChatroomLimits.CHATROOM_ID_MAX_BYTES + " bytes");
                check.that(name != null && !name.isBlank(), f, "a name is required");
            });
        }
        check.validate();
        chatroomNames = ChatroomChecks.copy(chatroomNames);
    }
}
