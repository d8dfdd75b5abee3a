package rongcloud.gateway.domain.system;

import rongcloud.gateway.domain.message.MessageValidation;
import rongcloud.gateway.domain.message.TemplateMessage;
import rongcloud.gateway.domain.validation.Check;

/** Send one template to the SYSTEM conversation of 1..100 users. Quota cost: one per recipient. */
public record SendSystemTemplateMessageCommand(TemplateMessage message) {
    public SendSystemTemplateMessageCommand {
        MessageValidation.template(Check.request(), message, SystemLimits.SYSTEM_MAX_RECIPIENTS).validate();
    }
}
