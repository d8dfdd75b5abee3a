package rongcloud.gateway.domain.entrustgroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.CursorPageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List every hosted group of the app by creation time, one page at a time. */
public record ListEntrustGroupsCommand(CursorPageRequest page, SortOrder order) {
    public ListEntrustGroupsCommand {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(order, "order");
    }

    public static ListEntrustGroupsCommand of(int pageSize, String pageToken, SortOrder order) {
        Check check = Check.request();
        CursorPageRequest page = CursorPageRequest.from(check, pageSize, pageToken,
                EntrustGroupLimits.GROUPS_PAGE_DEFAULT, EntrustGroupLimits.GROUPS_PAGE_MAX);
        check.validate();
        return new ListEntrustGroupsCommand(page, order == null ? SortOrder.DESCENDING : order);
    }
}
