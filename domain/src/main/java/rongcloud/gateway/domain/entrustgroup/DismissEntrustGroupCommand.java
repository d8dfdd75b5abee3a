package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.validation.Check;

/** Dismiss a hosted group. */
public record DismissEntrustGroupCommand(String groupId) {
    public DismissEntrustGroupCommand {
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.validate();
    }
}
