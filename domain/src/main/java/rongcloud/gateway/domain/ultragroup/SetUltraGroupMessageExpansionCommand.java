package rongcloud.gateway.domain.ultragroup;

import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Set extension key/values on a message. */
public record SetUltraGroupMessageExpansionCommand(String groupId, Optional<String> channelId, String messageUid, String userId, Map<String, String> values) {
    public SetUltraGroupMessageExpansionCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        UltraGroupChecks.messageUid(check, "message_uid", messageUid);
        check.userId("user_id", userId);
        UltraGroupChecks.expansionValues(check, "values", values);
        check.validate();
        values = Map.copyOf(values);
    }
}
