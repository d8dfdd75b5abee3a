package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Mute users in one channel or (no channel) the whole ultra group. */
public record MuteUltraGroupUsersCommand(String groupId, Optional<String> channelId, List<String> userIds) {
    public MuteUltraGroupUsersCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        UltraGroupChecks.userIds(check, "user_ids", userIds);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
