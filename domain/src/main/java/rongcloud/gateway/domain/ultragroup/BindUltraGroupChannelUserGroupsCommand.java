package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Bind user groups to a channel. */
public record BindUltraGroupChannelUserGroupsCommand(String groupId, String channelId, List<String> userGroupIds) {
    public BindUltraGroupChannelUserGroupsCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        UltraGroupChecks.userGroupIds(check, "user_group_ids", userGroupIds);
        check.validate();
        userGroupIds = List.copyOf(userGroupIds);
    }
}
