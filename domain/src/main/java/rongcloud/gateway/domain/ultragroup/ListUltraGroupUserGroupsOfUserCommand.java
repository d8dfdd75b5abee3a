package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the user groups a user belongs to. */
public record ListUltraGroupUserGroupsOfUserCommand(String groupId, String userId, PageRequest page) {
    public ListUltraGroupUserGroupsOfUserCommand {
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }

    public static ListUltraGroupUserGroupsOfUserCommand of(String groupId, String userId, int pageSize, String pageToken) {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.SMALL_PAGE_DEFAULT, UltraGroupLimits.SMALL_PAGE_MAX);
        check.validate();
        return new ListUltraGroupUserGroupsOfUserCommand(groupId, userId, page);
    }
}
