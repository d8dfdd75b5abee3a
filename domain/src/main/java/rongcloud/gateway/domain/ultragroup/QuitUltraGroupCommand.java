package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Remove one user from an ultra group. */
public record QuitUltraGroupCommand(String groupId, String userId) {
    public QuitUltraGroupCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }
}
