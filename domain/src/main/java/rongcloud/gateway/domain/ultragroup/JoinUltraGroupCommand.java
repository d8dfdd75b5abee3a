package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Add one user to an ultra group. */
public record JoinUltraGroupCommand(String groupId, String userId) {
    public JoinUltraGroupCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }
}
