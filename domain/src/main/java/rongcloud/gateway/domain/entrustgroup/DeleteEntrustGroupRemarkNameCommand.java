package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.validation.Check;

/** Delete a user's private alias for a hosted group. */
public record DeleteEntrustGroupRemarkNameCommand(String groupId, String userId) {
    public DeleteEntrustGroupRemarkNameCommand {
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }
}
