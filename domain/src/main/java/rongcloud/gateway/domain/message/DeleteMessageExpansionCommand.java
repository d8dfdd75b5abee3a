package rongcloud.gateway.domain.message;

import java.util.List;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Delete extension keys of a one-to-one or group message. */
public record DeleteMessageExpansionCommand(String messageUid, String userId, ConversationType conversationType,
                                            String targetId, List<String> keys, boolean syncSender) {
    public DeleteMessageExpansionCommand {
        Check check = Check.request().chars("message_uid", messageUid, true, Integer.MAX_VALUE).userId("user_id", userId);
        ConversationType.check(check, "conversation_type", conversationType, Set.of(ConversationType.PRIVATE, ConversationType.GROUP));
        check.chars("target_id", targetId, true, MessageLimits.TARGET_ID_MAX_CHARS);
        ExpansionChecks.keys(check, "keys", keys);
        check.that(keys == null || keys.stream().distinct().count() == keys.size(), "keys", "must not repeat a key");
        check.validate();
        keys = List.copyOf(keys);
    }
}
