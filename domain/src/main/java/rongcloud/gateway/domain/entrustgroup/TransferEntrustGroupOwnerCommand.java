package rongcloud.gateway.domain.entrustgroup;

import rongcloud.gateway.domain.validation.Check;

/** Hand a hosted group to another member; the previous owner may leave (with {@code options} applied to it). */
public record TransferEntrustGroupOwnerCommand(String groupId, String newOwnerId, boolean previousOwnerQuits,
                                               LeaveOptions options) {
    public TransferEntrustGroupOwnerCommand {
        options = options == null ? LeaveOptions.CLEAR_ALL : options;
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userId("new_owner_id", newOwnerId);
        check.validate();
    }
}
