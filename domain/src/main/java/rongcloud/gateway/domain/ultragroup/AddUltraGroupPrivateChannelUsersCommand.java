package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Add members to a channel's private member list. */
public record AddUltraGroupPrivateChannelUsersCommand(String groupId, String channelId, List<String> userIds) {
    public AddUltraGroupPrivateChannelUsersCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        UltraGroupChecks.userIds(check, "user_ids", userIds);
        check.validate();
        userIds = List.copyOf(userIds);
    }
}
