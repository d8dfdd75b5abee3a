package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Delete user groups of an ultra group. */
public record DeleteUltraGroupUserGroupsCommand(String groupId, List<String> userGroupIds) {
    public DeleteUltraGroupUserGroupsCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.userGroupIds(check, "user_group_ids", userGroupIds);
        check.validate();
        userGroupIds = List.copyOf(userGroupIds);
    }
}
