package rongcloud.gateway.domain.group;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Unmute users in one group, or (no group) lift their all-groups mute. */
public record UnmuteGroupMembersCommand(List<String> userIds, Optional<String> groupId) {
    public UnmuteGroupMembersCommand {
        Objects.requireNonNull(groupId, "groupId");
        Check check = Check.request().userIds("user_ids", userIds, GroupLimits.MUTE_MAX_USERS);
        groupId.ifPresent(id -> GroupChecks.optionalGroupId(check, "group_id", id));
        check.validate();
        userIds = List.copyOf(userIds);
        groupId = groupId.filter(id -> !id.isEmpty());
    }
}
