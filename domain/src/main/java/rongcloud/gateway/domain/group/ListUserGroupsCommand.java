package rongcloud.gateway.domain.group;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the groups of a user, one page at a time. */
public record ListUserGroupsCommand(String userId, PageRequest page) {
    public ListUserGroupsCommand {
        Objects.requireNonNull(page, "page");
        Check.request().userId("user_id", userId).validate();
    }

    public static ListUserGroupsCommand of(String userId, int pageSize, String pageToken) {
        Check check = Check.request().userId("user_id", userId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken,
                GroupLimits.USER_GROUPS_PAGE_DEFAULT, GroupLimits.USER_GROUPS_PAGE_MAX);
        check.validate();
        return new ListUserGroupsCommand(userId, page);
    }
}
