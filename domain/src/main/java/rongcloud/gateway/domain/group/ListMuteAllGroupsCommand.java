package rongcloud.gateway.domain.group;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the groups muted for all, one page at a time. */
public record ListMuteAllGroupsCommand(PageRequest page) {
    public ListMuteAllGroupsCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListMuteAllGroupsCommand of(int pageSize, String pageToken) {
        Check check = Check.request();
        PageRequest page = PageRequest.from(check, pageSize, pageToken,
                GroupLimits.MUTE_ALL_PAGE_DEFAULT, GroupLimits.MUTE_ALL_PAGE_MAX);
        check.validate();
        return new ListMuteAllGroupsCommand(page);
    }
}
