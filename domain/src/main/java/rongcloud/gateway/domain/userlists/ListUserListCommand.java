package rongcloud.gateway.domain.userlists;

import java.util.Objects;
import rongcloud.gateway.domain.paging.CursorPageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List one user's block list or allow list, one page at a time. */
public record ListUserListCommand(String userId, CursorPageRequest page) {
    public ListUserListCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListUserListCommand of(String userId, int pageSize, String pageToken) {
        Check check = Check.request().userId("user_id", userId);
        CursorPageRequest page = CursorPageRequest.from(check, pageSize, pageToken,
                UserListLimits.PAGE_DEFAULT, UserListLimits.PAGE_MAX);
        check.validate();
        return new ListUserListCommand(userId, page);
    }
}
