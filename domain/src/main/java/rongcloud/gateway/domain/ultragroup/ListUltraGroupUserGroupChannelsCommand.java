package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the channels bound to a user group. */
public record ListUltraGroupUserGroupChannelsCommand(String groupId, String userGroupId, PageRequest page) {
    public ListUltraGroupUserGroupChannelsCommand {
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.userGroupId(check, "user_group_id", userGroupId);
        check.validate();
    }

    public static ListUltraGroupUserGroupChannelsCommand of(String groupId, String userGroupId, int pageSize, String pageToken) {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.userGroupId(check, "user_group_id", userGroupId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.SMALL_PAGE_DEFAULT, UltraGroupLimits.SMALL_PAGE_MAX);
        check.validate();
        return new ListUltraGroupUserGroupChannelsCommand(groupId, userGroupId, page);
    }
}
