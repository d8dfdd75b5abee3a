package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.validation.Check;

/** Get {@code userId}'s daily Do Not Disturb window. */
public record GetUserBlockPushPeriodCommand(String userId) {
    public GetUserBlockPushPeriodCommand {
        Check.request().userId("user_id", userId).validate();
    }
}
