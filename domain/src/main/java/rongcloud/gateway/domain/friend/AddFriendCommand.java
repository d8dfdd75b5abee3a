package rongcloud.gateway.domain.friend;

import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Send a friend request (or add directly); an empty mode leaves RongCloud's default (follow the permission). */
public record AddFriendCommand(String userId, String targetId, Optional<AddFriendMode> mode, Optional<String> extra) {
    public AddFriendCommand {
        Check check = Check.request().userId("user_id", userId).userId("target_id", targetId);
        check.that(targetId == null || !targetId.equals(userId), "target_id", "must differ from user_id");
        extra.ifPresent(e -> check.chars("extra", e, false, FriendLimits.EXTRA_MAX_CHARS));
        check.validate();
        extra = extra.filter(e -> !e.isEmpty());
    }
}
