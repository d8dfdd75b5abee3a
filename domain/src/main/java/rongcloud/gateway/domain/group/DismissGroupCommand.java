package rongcloud.gateway.domain.group;

import rongcloud.gateway.domain.validation.Check;

/** Dismiss a group; the operator may be any user id. */
public record DismissGroupCommand(String groupId, String operatorUserId) {
    public DismissGroupCommand {
        Check check = Check.request();
        GroupChecks.groupId(check, "group_id", groupId);
        check.userId("operator_user_id", operatorUserId).validate();
    }
}
