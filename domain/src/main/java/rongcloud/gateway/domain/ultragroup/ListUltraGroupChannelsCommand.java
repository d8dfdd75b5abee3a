package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the channels of an ultra group. */
public record ListUltraGroupChannelsCommand(String groupId, PageRequest page) {
    public ListUltraGroupChannelsCommand {
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.validate();
    }

    public static ListUltraGroupChannelsCommand of(String groupId, int pageSize, String pageToken) {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.CHANNELS_PAGE_DEFAULT, UltraGroupLimits.CHANNELS_PAGE_MAX);
        check.validate();
        return new ListUltraGroupChannelsCommand(groupId, page);
    }
}
