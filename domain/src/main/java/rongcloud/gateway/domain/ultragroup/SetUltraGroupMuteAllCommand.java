package rongcloud.gateway.domain.ultragroup;

import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Mute or unmute everyone in a channel or the whole ultra group. */
public record SetUltraGroupMuteAllCommand(String groupId, Optional<String> channelId, boolean muted) {
    public SetUltraGroupMuteAllCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        check.validate();
    }
}
