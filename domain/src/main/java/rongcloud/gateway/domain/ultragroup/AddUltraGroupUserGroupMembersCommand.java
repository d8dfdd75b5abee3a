package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Add members of the ultra group to a user group. */
public record AddUltraGroupUserGroupMembersCommand(String groupId, String userGroupId, List<String> userIds) {
    public AddUltraGroupUserGroupMembersCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.userGroupId(check, "user_group_id", userGroupId);
        UltraGroupChecks.userIds(check, "user_ids", userIds);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
