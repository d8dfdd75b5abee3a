package rongcloud.gateway.domain.ultragroup;

import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Set the default push level of an ultra group or channel. */
public record SetUltraGroupDefaultNotDisturbCommand(String groupId, Optional<String> channelId, UltraGroupPushLevel level) {
    public SetUltraGroupDefaultNotDisturbCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        check.notNull("level", level);
        check.validate();
    }
}
