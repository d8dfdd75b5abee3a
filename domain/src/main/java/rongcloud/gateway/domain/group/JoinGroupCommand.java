package rongcloud.gateway.domain.group;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Add users to a group, optionally renaming it. */
public record JoinGroupCommand(String groupId, List<String> userIds, Optional<String> groupName) {
    public JoinGroupCommand {
        Objects.requireNonNull(groupName, "groupName");
        Check check = Check.request();
        GroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, GroupLimits.MEMBERSHIP_MAX_USERS);
        groupName.ifPresent(name -> GroupChecks.groupName(check, "group_name", name));
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
