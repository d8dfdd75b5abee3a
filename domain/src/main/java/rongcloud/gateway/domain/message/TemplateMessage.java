package rongcloud.gateway.domain.message;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/**
 * A template send: one content whose strings hold placeholders, and per recipient the placeholder values
 * and push texts (RongCloud's values / pushContent / pushData arrays, in toUserId order).
 */
public record TemplateMessage(String fromUserId, MessageContent template, List<Recipient> recipients,
                              boolean disablePush, boolean contentAvailable, DeliveryOptions options, Long dedupKey) {
    /** One recipient and its values. */
    public record Recipient(String userId, Map<String, String> values, String pushContent, String pushData) {
        public Recipient {
            values = values == null ? Map.of() : Map.copyOf(values);
        }
    }

    public TemplateMessage {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        options = options == null ? DeliveryOptions.DEFAULT : options;
    }

    Check check(Check check, int maxRecipients) {
        check.userId("from_user_id", fromUserId);
        MessageContent.validate(check, "template", template);
        check.that(!(template instanceof MessageContent.Text t && t.mention() != null), "template.text.mention",
                "template messages cannot mention users");
        check.size("recipients", recipients, 1, maxRecipients);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            String userId = recipients.get(i).userId();
            check.userId("recipients[" + i + "].user_id", userId);
            check.that(userId == null || seen.add(userId), "recipients[" + i + "].user_id", "duplicate user id '" + userId + "'");
        }
        return check;
    }

    public List<String> userIds() {
        return recipients.stream().map(Recipient::userId).toList();
    }
}
