package rongcloud.gateway.domain.message;

import rongcloud.gateway.domain.validation.Check;

/** The message rules other areas' commands (system notifications) reuse. */
public final class MessageValidation {
    private MessageValidation() {
    }

    /** A required content: one kind set, valid, at most 128 KB serialised. */
    public static Check content(Check check, String field, MessageContent content) {
        MessageContent.validate(check, field, content);
        check.that(!(content instanceof MessageContent.Text t && t.mention() != null), field + ".text.mention",
                "only group and ultra-group messages can mention users");
        return check;
    }

    /** Sender, content (no mentions), push and expansion of a send. */
    public static Check outgoing(Check check, OutgoingMessage message) {
        return message.check(check, false);
    }

    /** A template send with at most {@code maxRecipients} recipients. */
    public static Check template(Check check, TemplateMessage message, int maxRecipients) {
        return message.check(check, maxRecipients);
    }
}
