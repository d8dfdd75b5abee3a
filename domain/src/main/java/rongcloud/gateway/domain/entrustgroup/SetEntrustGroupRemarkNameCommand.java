package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.validation.Check;

/** Set a user's private alias for a hosted group, replacing any earlier one. */
public record SetEntrustGroupRemarkNameCommand(String groupId, String userId, String remarkName) {
    public SetEntrustGroupRemarkNameCommand {
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        EntrustGroupChecks.text(check, "remark_name", remarkName, true, EntrustGroupLimits.REMARK_NAME_MAX_CHARS);
        check.validate();
    }
}
