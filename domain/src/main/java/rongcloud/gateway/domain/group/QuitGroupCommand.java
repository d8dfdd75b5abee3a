package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Remove users from a group. */
public record QuitGroupCommand(String groupId, List<String> userIds) {
    public QuitGroupCommand {
        Check check = Check.request();
        GroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, GroupLimits.MEMBERSHIP_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
