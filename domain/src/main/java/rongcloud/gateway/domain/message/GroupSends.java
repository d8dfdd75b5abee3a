package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by group and ultra-group sends. */
final class GroupSends {
    private GroupSends() {
    }

    static Check targets(Check check, List<String> groupIds, int max, List<String> directedUserIds, OutgoingMessage m) {
        check.ids("to_group_ids", groupIds, max, "group id");
        if (!directedUserIds.isEmpty()) {
            check.that(groupIds == null || groupIds.size() == 1, "to_group_ids", "a directed message goes to exactly one group");
            check.userIds("directed_user_ids", directedUserIds, MessageLimits.DIRECTED_MAX_USERS);
            // docs: directed messages do not support expansion, extraContent, disablePush or pushExt
            check.that(!m.expansion(), "expansion", "not supported for directed messages");
            check.that(m.push().ext() == null, "push.ext", "not supported for directed messages");
            check.that(!m.push().disablePush(), "push.disable_push", "not supported for directed messages");
        }
        return m.check(check, true);
    }
}
