package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the user groups bound to a channel. */
public record ListUltraGroupChannelUserGroupsCommand(String groupId, String channelId, PageRequest page) {
    public ListUltraGroupChannelUserGroupsCommand {
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        check.validate();
    }

    public static ListUltraGroupChannelUserGroupsCommand of(String groupId, String channelId, int pageSize, String pageToken) {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.SMALL_PAGE_DEFAULT, UltraGroupLimits.SMALL_PAGE_MAX);
        check.validate();
        return new ListUltraGroupChannelUserGroupsCommand(groupId, channelId, page);
    }
}
