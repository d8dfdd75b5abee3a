package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Create user groups in an ultra group. */
public record CreateUltraGroupUserGroupsCommand(String groupId, List<String> userGroupIds) {
    public CreateUltraGroupUserGroupsCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.userGroupIds(check, "user_group_ids", userGroupIds);
        check.validate();
        userGroupIds = List.copyOf(userGroupIds);
    }
}
