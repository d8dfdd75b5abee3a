package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the user groups of an ultra group. */
public record ListUltraGroupUserGroupsCommand(String groupId, PageRequest page) {
    public ListUltraGroupUserGroupsCommand {
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.validate();
    }

    public static ListUltraGroupUserGroupsCommand of(String groupId, int pageSize, String pageToken) {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.SMALL_PAGE_DEFAULT, UltraGroupLimits.SMALL_PAGE_MAX);
        check.validate();
        return new ListUltraGroupUserGroupsCommand(groupId, page);
    }
}
