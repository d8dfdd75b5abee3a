package rongcloud.gateway.domain.message;

import rongcloud.gateway.domain.validation.Check;

/** Send one template to 1..1000 users with their own values. Quota cost: one per recipient. */
public record SendPrivateTemplateMessageCommand(TemplateMessage message) {
    public SendPrivateTemplateMessageCommand {
        message.check(Check.request(), MessageLimits.PRIVATE_MAX_RECIPIENTS).validate();
    }
}
