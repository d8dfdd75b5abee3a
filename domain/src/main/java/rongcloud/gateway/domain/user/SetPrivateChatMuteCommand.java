package rongcloud.gateway.domain.user;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Mute (or unmute) users in one-to-one chat. */
public record SetPrivateChatMuteCommand(List<String> userIds, boolean muted) {
    public SetPrivateChatMuteCommand {
        Check.request().userIds("user_ids", userIds, UserLimits.PRIVATE_MUTE_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
