package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Delete extension keys of a message. */
public record DeleteUltraGroupMessageExpansionCommand(String groupId, Optional<String> channelId, String messageUid, String userId, List<String> keys) {
    public DeleteUltraGroupMessageExpansionCommand {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        UltraGroupChecks.messageUid(check, "message_uid", messageUid);
        check.userId("user_id", userId);
        UltraGroupChecks.expansionKeys(check, "keys", keys);
        check.validate();
        keys = List.copyOf(keys);
    }
}
