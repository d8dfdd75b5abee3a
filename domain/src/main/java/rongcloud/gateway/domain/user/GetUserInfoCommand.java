package rongcloud.gateway.domain.user;

import rongcloud.gateway.domain.validation.Check;

/** Read a user's registered push name, avatar and creation time. */
public record GetUserInfoCommand(String userId) {
    public GetUserInfoCommand {
        Check.request().userId("user_id", userId).validate();
    }
}
