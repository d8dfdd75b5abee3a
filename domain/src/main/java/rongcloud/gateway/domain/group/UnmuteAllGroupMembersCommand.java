package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Lift the mute-all state of the given groups. */
public record UnmuteAllGroupMembersCommand(List<String> groupIds) {
    public UnmuteAllGroupMembersCommand {
        GroupChecks.groupIds(Check.request(), "group_ids", groupIds, GroupLimits.MUTE_ALL_MAX_GROUPS).validate();
        groupIds = List.copyOf(groupIds);
    }
}
