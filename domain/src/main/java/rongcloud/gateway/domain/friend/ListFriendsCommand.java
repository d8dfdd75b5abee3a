package rongcloud.gateway.domain.friend;

import java.util.Objects;
import rongcloud.gateway.domain.paging.CursorPageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List a user's friends by the time they were added, one page at a time. */
public record ListFriendsCommand(String userId, CursorPageRequest page, boolean newestFirst) {
    public ListFriendsCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListFriendsCommand of(String userId, int pageSize, String pageToken, boolean newestFirst) {
        Check check = Check.request().userId("user_id", userId);
        CursorPageRequest page = CursorPageRequest.from(check, pageSize, pageToken, FriendLimits.PAGE_DEFAULT,
                FriendLimits.PAGE_MAX);
        check.validate();
        return new ListFriendsCommand(userId, page, newestFirst);
    }
}
