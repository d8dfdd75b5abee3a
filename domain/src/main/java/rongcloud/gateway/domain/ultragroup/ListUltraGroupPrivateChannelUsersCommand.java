package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List a channel's private member list. */
public record ListUltraGroupPrivateChannelUsersCommand(String groupId, String channelId, PageRequest page) {
    public ListUltraGroupPrivateChannelUsersCommand {
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        check.validate();
    }

    public static ListUltraGroupPrivateChannelUsersCommand of(String groupId, String channelId, int pageSize, String pageToken) {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.PRIVATE_USERS_PAGE_DEFAULT, UltraGroupLimits.PRIVATE_USERS_PAGE_MAX);
        check.validate();
        return new ListUltraGroupPrivateChannelUsersCommand(groupId, channelId, page);
    }
}
