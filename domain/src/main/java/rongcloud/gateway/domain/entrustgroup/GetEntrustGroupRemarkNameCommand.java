package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.validation.Check;

/** Get a user's private alias for a hosted group. */
public record GetEntrustGroupRemarkNameCommand(String groupId, String userId) {
    public GetEntrustGroupRemarkNameCommand {
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }
}
