package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Delete a channel. */
public record DeleteUltraGroupChannelCommand(String groupId, String channelId) {
    public DeleteUltraGroupChannelCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        check.validate();
    }
}
