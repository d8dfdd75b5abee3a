package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Remove up to 100 members from a hosted group. */
public record KickEntrustGroupMembersCommand(String groupId, List<String> userIds, LeaveOptions options) {
    public KickEntrustGroupMembersCommand {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        options = options == null ? LeaveOptions.CLEAR_ALL : options;
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, EntrustGroupLimits.MEMBERS_MAX_PER_REQUEST);
        check.validate();
    }
}
