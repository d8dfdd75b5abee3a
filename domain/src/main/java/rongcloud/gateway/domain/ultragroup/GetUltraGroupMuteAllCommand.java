package rongcloud.gateway.domain.ultragroup;

import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Whether a channel or the whole ultra group is muted for all. */
public record GetUltraGroupMuteAllCommand(String groupId, Optional<String> channelId) {
    public GetUltraGroupMuteAllCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        check.validate();
    }
}
