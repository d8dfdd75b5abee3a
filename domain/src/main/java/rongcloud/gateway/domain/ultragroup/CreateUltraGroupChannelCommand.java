package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Create a channel (public unless private). */
public record CreateUltraGroupChannelCommand(String groupId, String channelId, UltraGroupChannelType type) {
    public CreateUltraGroupChannelCommand {
        type = type == null ? UltraGroupChannelType.PUBLIC : type;
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        check.validate();
    }
}
