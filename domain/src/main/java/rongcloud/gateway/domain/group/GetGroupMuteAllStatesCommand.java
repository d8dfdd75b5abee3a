package rongcloud.gateway.domain.group;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Ask whether each given group is muted for all. */
public record GetGroupMuteAllStatesCommand(List<String> groupIds) {
    public GetGroupMuteAllStatesCommand {
        GroupChecks.groupIds(Check.request(), "group_ids", groupIds, GroupLimits.MUTE_ALL_MAX_GROUPS).validate();
        groupIds = List.copyOf(groupIds);
    }
}
