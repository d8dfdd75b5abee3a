package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Unmute users in one channel or (no channel) group-wide. */
public record UnmuteUltraGroupUsersCommand(String groupId, Optional<String> channelId, List<String> userIds) {
    public UnmuteUltraGroupUsersCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        UltraGroupChecks.userIds(check, "user_ids", userIds);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
