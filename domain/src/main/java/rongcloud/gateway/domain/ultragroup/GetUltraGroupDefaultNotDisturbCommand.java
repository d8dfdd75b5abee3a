package rongcloud.gateway.domain.ultragroup;

import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Read the default push level of an ultra group or channel. */
public record GetUltraGroupDefaultNotDisturbCommand(String groupId, Optional<String> channelId) {
    public GetUltraGroupDefaultNotDisturbCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        check.validate();
    }
}
