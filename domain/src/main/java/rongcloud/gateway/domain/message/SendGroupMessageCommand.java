package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Send a message to 1..3 groups, or to some members of one group. Quota cost: one per target group. */
public record SendGroupMessageCommand(List<String> groupIds, List<String> directedUserIds, OutgoingMessage message) {
    public SendGroupMessageCommand {
        directedUserIds = directedUserIds == null ? List.of() : List.copyOf(directedUserIds);
        GroupSends.targets(Check.request(), groupIds, MessageLimits.GROUP_MAX_TARGETS, directedUserIds, message).validate();
        groupIds = List.copyOf(groupIds);
    }
}
