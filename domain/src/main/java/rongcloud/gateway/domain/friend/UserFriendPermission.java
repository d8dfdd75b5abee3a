package rongcloud.gateway.domain.friend;

import java.util.Optional;

/** Who may add {@code userId}; empty when not set for the user (the app's default applies). */
public record UserFriendPermission(String userId, Optional<FriendPermission> permission) {
}
