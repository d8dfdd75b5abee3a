package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.validation.Check;

/** Remove a user from every hosted group it belongs to, except the ones it owns. */
public record KickUserFromAllEntrustGroupsCommand(String userId) {
    public KickUserFromAllEntrustGroupsCommand {
        Check.request().userId("user_id", userId).validate();
    }
}
