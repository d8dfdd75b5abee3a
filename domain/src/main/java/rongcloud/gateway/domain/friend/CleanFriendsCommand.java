package rongcloud.gateway.domain.friend;

import rongcloud.gateway.domain.validation.Check;

/** Remove every friend of a user. */
public record CleanFriendsCommand(String userId) {
    public CleanFriendsCommand {
        Check.request().userId("user_id", userId).validate();
    }
}
