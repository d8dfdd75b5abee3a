package rongcloud.gateway.domain.message;

import java.util.Map;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Set extension key/values of a one-to-one or group message. */
public record SetMessageExpansionCommand(String messageUid, String userId, ConversationType conversationType,
                                         String targetId, Map<String, String> entries, boolean syncSender) {
    public SetMessageExpansionCommand {
        Check check = Check.request().chars("message_uid", messageUid, true, Integer.MAX_VALUE).userId("user_id", userId);
        ConversationType.check(check, "conversation_type", conversationType, Set.of(ConversationType.PRIVATE, ConversationType.GROUP));
        check.chars("target_id", targetId, true, MessageLimits.TARGET_ID_MAX_CHARS);
        ExpansionChecks.entries(check, "entries", entries).validate();
        entries = Map.copyOf(entries);
    }
}
