package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Create an ultra group with its first member. */
public record CreateUltraGroupCommand(String groupId, String userId, String groupName) {
    public CreateUltraGroupCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        UltraGroupChecks.groupName(check, "group_name", groupName);
        check.validate();
    }
}
