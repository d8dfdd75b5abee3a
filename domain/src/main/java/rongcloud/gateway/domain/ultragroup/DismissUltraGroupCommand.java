package rongcloud.gateway.domain.ultragroup;

import rongcloud.gateway.domain.validation.Check;

/** Dismiss an ultra group. */
public record DismissUltraGroupCommand(String groupId) {
    public DismissUltraGroupCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.validate();
    }
}
