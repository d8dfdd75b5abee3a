package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Create a group with its first members and push name. */
public record CreateGroupCommand(String groupId, String groupName, List<String> userIds) {
    public CreateGroupCommand {
        Check check = Check.request();
        GroupChecks.groupId(check, "group_id", groupId);
        GroupChecks.groupName(check, "group_name", groupName);
        check.userIds("user_ids", userIds, GroupLimits.MEMBERSHIP_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
