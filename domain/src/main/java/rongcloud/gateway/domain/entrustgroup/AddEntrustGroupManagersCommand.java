package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Make members of a hosted group its managers. */
public record AddEntrustGroupManagersCommand(String groupId, List<String> userIds) {
    public AddEntrustGroupManagersCommand {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, EntrustGroupLimits.MANAGERS_MAX);
        check.validate();
    }
}
