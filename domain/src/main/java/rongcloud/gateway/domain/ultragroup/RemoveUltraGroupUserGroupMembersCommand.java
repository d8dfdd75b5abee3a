package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Remove users from a user group. */
public record RemoveUltraGroupUserGroupMembersCommand(String groupId, String userGroupId, List<String> userIds) {
    public RemoveUltraGroupUserGroupMembersCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.userGroupId(check, "user_group_id", userGroupId);
        UltraGroupChecks.userIds(check, "user_ids", userIds);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
