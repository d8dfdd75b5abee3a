package rongcloud.gateway.domain.user;

import rongcloud.gateway.domain.validation.Check;

/** Ask whether a user is connected. */
public record CheckUserOnlineCommand(String userId) {
    public CheckUserOnlineCommand {
        Check.request().userId("user_id", userId).validate();
    }
}
