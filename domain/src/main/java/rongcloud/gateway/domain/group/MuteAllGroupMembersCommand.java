package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Mute every member of the given groups. */
public record MuteAllGroupMembersCommand(List<String> groupIds) {
    public MuteAllGroupMembersCommand {
        GroupChecks.groupIds(Check.request(), "group_ids", groupIds, GroupLimits.MUTE_ALL_MAX_GROUPS).validate();
        groupIds = List.copyOf(groupIds);
    }
}
