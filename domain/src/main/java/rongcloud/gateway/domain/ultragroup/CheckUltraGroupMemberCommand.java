package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Whether a user is a member of an ultra group. */
public record CheckUltraGroupMemberCommand(String groupId, String userId) {
    public CheckUltraGroupMemberCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }
}
