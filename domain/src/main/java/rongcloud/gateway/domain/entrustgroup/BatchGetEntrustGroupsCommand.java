package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Get the profiles of up to 50 hosted groups. */
public record BatchGetEntrustGroupsCommand(List<String> groupIds) {
    public BatchGetEntrustGroupsCommand {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        Check check = Check.request();
        EntrustGroupChecks.groupIds(check, "group_ids", groupIds, EntrustGroupLimits.QUERY_MAX_GROUPS);
        check.validate();
    }
}
