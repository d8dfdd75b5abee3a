package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Make managers of a hosted group regular members again. */
public record RemoveEntrustGroupManagersCommand(String groupId, List<String> userIds) {
    public RemoveEntrustGroupManagersCommand {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        check.userIds("user_ids", userIds, EntrustGroupLimits.MANAGERS_MAX);
        check.validate();
    }
}
