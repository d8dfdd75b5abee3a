package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Remove users from a mute-all allow list. */
public record RemoveUltraGroupMuteWhitelistCommand(String groupId, Optional<String> channelId, List<String> userIds) {
    public RemoveUltraGroupMuteWhitelistCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        UltraGroupChecks.userIds(check, "user_ids", userIds);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
