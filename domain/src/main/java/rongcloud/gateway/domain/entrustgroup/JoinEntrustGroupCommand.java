package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Add up to 100 users to a hosted group. */
public record JoinEntrustGroupCommand(String groupId, List<String> userIds) {
    public JoinEntrustGroupCommand {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, EntrustGroupLimits.MEMBERS_MAX_PER_REQUEST);
        check.validate();
    }
}
