package rongcloud.gateway.domain.entrustgroup;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.paging.CursorPageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the members of a hosted group (of one role, or all) by join time, one page at a time. */
public record ListEntrustGroupMembersCommand(String groupId, Optional<GroupRole> role, CursorPageRequest page,
                                             SortOrder order) {
    public ListEntrustGroupMembersCommand {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(order, "order");
    }

    public static ListEntrustGroupMembersCommand of(String groupId, GroupRole role, int pageSize, String pageToken,
                                                    SortOrder order) {
        Check check = Check.request();
        EntrustGroupChecks.groupId(check, "group_id", groupId);
        CursorPageRequest page = CursorPageRequest.from(check, pageSize, pageToken,
                EntrustGroupLimits.MEMBERS_PAGE_DEFAULT, EntrustGroupLimits.MEMBERS_PAGE_MAX);
        check.validate();
        return new ListEntrustGroupMembersCommand(groupId, Optional.ofNullable(role), page,
                order == null ? SortOrder.DESCENDING : order);
    }
}
