package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Rename an ultra group. */
public record RefreshUltraGroupCommand(String groupId, String groupName) {
    public RefreshUltraGroupCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.groupName(check, "group_name", groupName);
        check.validate();
    }
}
