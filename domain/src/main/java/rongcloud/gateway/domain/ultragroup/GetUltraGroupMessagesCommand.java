package rongcloud.gateway.domain.ultragroup;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Fetch up to 20 messages of an ultra group by UID. */
public record GetUltraGroupMessagesCommand(String groupId, List<UltraGroupMessageRef> messages) {
    public GetUltraGroupMessagesCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        int n = messages == null ? 0 : messages.size();
        check.that(n >= 1 && n <= UltraGroupLimits.MESSAGES_MAX_PER_GET, "messages",
                "must hold 1 to " + UltraGroupLimits.MESSAGES_MAX_PER_GET + " messages, got " + n);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            UltraGroupMessageRef ref = messages.get(i);
            UltraGroupChecks.messageUid(check, "messages[" + i + "].message_uid", ref.messageUid());
            check.that(ref.messageUid() == null || seen.add(ref.messageUid()), "messages[" + i + "].message_uid",
                    "duplicate message UID");
            UltraGroupChecks.optionalChannelId(check, "messages[" + i + "].channel_id", ref.channelId());
        }
        check.validate();
        messages = List.copyOf(messages);
    }
}
