package rongcloud.gateway.domain.message;

import java.util.Map;
import rongcloud.gateway.domain.validation.Check;

/**
 * What every send carries besides its recipients: sender, content, push, delivery options, expansion and
 * the de-duplication key (RongCloud's msgRandom). Field names in violations are the send requests' own.
 *
 * @param extraContent initial expansion key/values, only with {@code expansion}
 * @param dedupKey     sent as msgRandom so that RongCloud can drop a retried duplicate; null sends none
 */
public record OutgoingMessage(String fromUserId, MessageContent content, PushSettings push, DeliveryOptions options,
                              boolean expansion, Map<String, String> extraContent, Long dedupKey) {
    public OutgoingMessage {
        push = push == null ? PushSettings.NONE : push;
        options = options == null ? DeliveryOptions.DEFAULT : options;
        extraContent = extraContent == null ? Map.of() : Map.copyOf(extraContent);
    }

    /** A message with only sender and content (status and broadcast sends). */
    public static OutgoingMessage of(String fromUserId, MessageContent content, Long dedupKey) {
        return new OutgoingMessage(fromUserId, content, null, null, false, null, dedupKey);
    }

    /** Checks sender, content (mentions only where {@code mentions} is true), push and expansion. */
    Check check(Check check, boolean mentions) {
        check.userId("from_user_id", fromUserId);
        MessageContent.validate(check, "content", content);
        if (!mentions && content instanceof MessageContent.Text t && t.mention() != null) {
            check.violation("content.text.mention", "only group and ultra-group messages can mention users");
        }
        push.check(check, "push");
        if (!extraContent.isEmpty()) {
            check.that(expansion, "extra_content", "only allowed with expansion");
            ExpansionChecks.entries(check, "extra_content", extraContent);
        }
        return check;
    }

    /** isMentioned: a text with a mention. */
    public boolean mentions() {
        return content instanceof MessageContent.Text t && t.mention() != null;
    }
}
