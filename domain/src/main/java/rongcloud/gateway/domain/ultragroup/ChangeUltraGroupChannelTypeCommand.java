package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Switch a channel between public and private (RCDefault stays public). */
public record ChangeUltraGroupChannelTypeCommand(String groupId, String channelId, UltraGroupChannelType type) {
    public ChangeUltraGroupChannelTypeCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        check.notNull("type", type);
        check.that(!(UltraGroupLimits.DEFAULT_CHANNEL.equals(channelId) && type == UltraGroupChannelType.PRIVATE), "type", "the default channel " + UltraGroupLimits.DEFAULT_CHANNEL + " cannot become private");
        check.validate();
    }
}
