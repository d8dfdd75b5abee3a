package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Let members speak in a group muted for all. */
public record AddGroupMuteWhitelistCommand(String groupId, List<String> userIds) {
    public AddGroupMuteWhitelistCommand {
        Check check = Check.request();
        GroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, GroupLimits.WHITELIST_MAX_USERS).validate();
        userIds = List.copyOf(userIds);
    }
}
