package rongcloud.gateway.domain.ultragroup;

import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Unbind user groups from a channel. */
public record UnbindUltraGroupChannelUserGroupsCommand(String groupId, String channelId, List<String> userGroupIds) {
    public UnbindUltraGroupChannelUserGroupsCommand {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        UltraGroupChecks.userGroupIds(check, "user_group_ids", userGroupIds);
        check.validate();
        userGroupIds = List.copyOf(userGroupIds);
    }
}
