package rongcloud.gateway.domain.chatroom;

import java.util.Objects;
import rongcloud.gateway.domain.validation.Check;

/** List up to 500 members of a chatroom by join time. */
public record QueryChatroomMembersCommand(String chatroomId, int count, MemberOrder order) {
    public QueryChatroomMembersCommand {
        Check check = Check.request();
        ChatroomChecks.chatroomId(check, "chatroom_id", chatroomId);
        check.range("count", count, 1, ChatroomLimits.MEMBERS_MAX_COUNT);
        Objects.requireNonNull(order, "order");
        check.validate();
    }
}
