package rongcloud.gateway.domain.entrustgroup;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.paging.CursorPageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the hosted groups a user has joined (where it has one role, or all) by join time, one page at a time. */
public record ListJoinedEntrustGroupsCommand(String userId, Optional<GroupRole> role, CursorPageRequest page,
                                             SortOrder order) {
    public ListJoinedEntrustGroupsCommand {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(order, "order");
    }

    public static ListJoinedEntrustGroupsCommand of(String userId, GroupRole role, int pageSize, String pageToken,
                                                    SortOrder order) {
        Check check = Check.request().userId("user_id", userId);
        CursorPageRequest page = CursorPageRequest.from(check, pageSize, pageToken,
                EntrustGroupLimits.JOINED_PAGE_DEFAULT, EntrustGroupLimits.JOINED_PAGE_MAX);
        check.validate();
        return new ListJoinedEntrustGroupsCommand(userId, Optional.ofNullable(role), page,
                order == null ? SortOrder.DESCENDING : order);
    }
}
