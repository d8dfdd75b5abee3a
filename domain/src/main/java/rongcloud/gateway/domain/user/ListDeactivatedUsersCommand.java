package rongcloud.gateway.domain.user;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List deactivated user ids, one page at a time. */
public record ListDeactivatedUsersCommand(PageRequest page) {
    public ListDeactivatedUsersCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListDeactivatedUsersCommand of(int pageSize, String pageToken) {
        Check check = Check.request();
        PageRequest page = PageRequest.from(check, pageSize, pageToken,
                UserLimits.DEACTIVATED_PAGE_DEFAULT, UserLimits.DEACTIVATED_PAGE_MAX);
        check.validate();
        return new ListDeactivatedUsersCommand(page);
    }
}
