package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Remove users from a group's mute-all allow list. */
public record RemoveGroupMuteWhitelistCommand(String groupId, List<String> userIds) {
    public RemoveGroupMuteWhitelistCommand {
        Check check = Check.request();
        GroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, GroupLimits.WHITELIST_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
