package rongcloud.gateway.domain.group;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** List users muted in one group, or (no group) the users muted in all groups. */
public record ListMutedGroupMembersCommand(Optional<String> groupId) {
    public ListMutedGroupMembersCommand {
        Objects.requireNonNull(groupId, "groupId");
        Check check = Check.request();
        groupId.ifPresent(id -> GroupChecks.optionalGroupId(check, "group_id", id));
        check.validate();
        groupId = groupId.filter(id -> !id.isEmpty());
    }
}
