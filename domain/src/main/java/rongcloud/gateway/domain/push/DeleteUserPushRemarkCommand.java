package rongcloud.gateway.domain.push;

import rongcloud.gateway.domain.validation.Check;

/** Delete the name {@code targetUserId} has in {@code userId}'s push notifications. */
public record DeleteUserPushRemarkCommand(String userId, String targetUserId) {
    public DeleteUserPushRemarkCommand {
        Check.request().userId("user_id", userId).userId("target_user_id", targetUserId).validate();
    }
}
