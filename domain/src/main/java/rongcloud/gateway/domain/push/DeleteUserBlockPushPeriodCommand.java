package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.validation.Check;

/** Delete {@code userId}'s daily Do Not Disturb window. */
public record DeleteUserBlockPushPeriodCommand(String userId) {
    public DeleteUserBlockPushPeriodCommand {
        Check.request().userId("user_id", userId).validate();
    }
}
