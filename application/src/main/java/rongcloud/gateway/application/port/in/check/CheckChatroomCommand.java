package rongcloud.gateway.application.port.in.check;

import java.util.List;
import java.util.Objects;
import rongcloud.gateway.domain.validation.Check;

/** Ask about users of one chatroom (field {@code user_ids}, or {@code user_id} for one). */
public record CheckChatroomCommand(String chatroomId, List<String> userIds, Freshness freshness) {
    public CheckChatroomCommand {
        Objects.requireNonNull(freshness, "freshness");
        Check check = Check.request();
        check.userId("chatroom_id", chatroomId); // RongCloud's id shape, as the chatroom area checks it
        check.userIds("user_ids", userIds, CheckUsersCommand.MAX_IDS).validate();
        userIds = List.copyOf(userIds);
    }

    public static CheckChatroomCommand one(String chatroomId, String userId, Freshness freshness) {
        Check.request().userId("user_id", userId).validate();
        return new CheckChatroomCommand(chatroomId, List.of(userId), freshness);
    }
}
