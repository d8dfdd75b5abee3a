package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/**
 * Send a message to 1..3 ultra groups in one channel (empty = default channel). Quota cost: one per
 * target ultra group (and per group within the channel's own 20/s).
 */
public record SendUltraGroupMessageCommand(List<String> groupIds, List<String> directedUserIds, String channelId,
                                           OutgoingMessage message) {
    public SendUltraGroupMessageCommand {
        directedUserIds = directedUserIds == null ? List.of() : List.copyOf(directedUserIds);
        Check check = Check.request();
        if (channelId != null && !channelId.isEmpty()) {
            check.that(channelId.length() <= MessageLimits.CHANNEL_ID_MAX_CHARS && channelId.matches("[A-Za-z0-9]+"),
                    "channel_id", "letters and digits only, at most " + MessageLimits.CHANNEL_ID_MAX_CHARS + " characters");
        }
        check.that(message.push().badge() == null, "push.badge", "not supported for ultra-group messages");
        GroupSends.targets(check, groupIds, MessageLimits.ULTRA_GROUP_MAX_TARGETS, directedUserIds, message).validate();
        groupIds = List.copyOf(groupIds);
        channelId = channelId == null || channelId.isEmpty() ? null : channelId;
    }
}
