package rongcloud.gateway.domain.chatroom;

import rongcloud.gateway.domain.validation.Check;

/** Change a chatroom's auto-destroy policy. */
public record SetChatroomDestroyTypeCommand(String chatroomId, DestroyPolicy destroyPolicy) {
    public SetChatroomDestroyTypeCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.notNull("destroy_policy", destroyPolicy);
        DestroyPolicy.validate(check, "destroy_policy", destroyPolicy);
        check.validate();
    }
}
