package rongcloud.gateway.domain.user;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List banned users, one page at a time. */
public record ListBlockedUsersCommand(PageRequest page) {
    public ListBlockedUsersCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListBlockedUsersCommand of(int pageSize, String pageToken) {
        Check check = Check.request();
        PageRequest page = PageRequest.from(check, pageSize, pageToken,
                UserLimits.BLOCKED_PAGE_DEFAULT, UserLimits.BLOCKED_PAGE_MAX);
        check.validate();
        return new ListBlockedUsersCommand(page);
    }
}
