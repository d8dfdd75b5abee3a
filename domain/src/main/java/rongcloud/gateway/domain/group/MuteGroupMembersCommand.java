package rongcloud.gateway.domain.group;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/**
 * Mute users in one group, or (no group) in every group they belong to; for {@code minutes}, or until
 * unmuted when {@code permanent} (then {@code minutes} must be 0).
 */
public record MuteGroupMembersCommand(List<String> userIds, Optional<String> groupId, int minutes, boolean permanent) {
    public MuteGroupMembersCommand {
        Objects.requireNonNull(groupId, "groupId");
        Check check = Check.request().userIds("user_ids", userIds, GroupLimits.MUTE_MAX_USERS);
        groupId.ifPresent(id -> GroupChecks.optionalGroupId(check, "group_id", id));
        if (permanent) {
            check.that(minutes == 0, "minutes", "must be 0 (unset) for a permanent mute, got " + minutes);
        } else {
            check.range("minutes", minutes, GroupLimits.MUTE_MIN_MINUTES, GroupLimits.MUTE_MAX_MINUTES);
        }
        check.validate();
        userIds = List.copyOf(userIds);
        groupId = groupId.filter(id -> !id.isEmpty());
    }
}
