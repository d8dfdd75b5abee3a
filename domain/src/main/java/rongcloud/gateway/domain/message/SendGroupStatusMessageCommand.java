package rongcloud.gateway.domain.message;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Send a status message to the online members of 1..3 groups. Quota cost: one per target group. */
public record SendGroupStatusMessageCommand(List<String> groupIds, OutgoingMessage message) {
    public SendGroupStatusMessageCommand {
        Check check = Check.request().ids("to_group_ids", groupIds, MessageLimits.GROUP_MAX_TARGETS, "group id");
        message.check(check, false).validate();
        groupIds = List.copyOf(groupIds);
    }
}
