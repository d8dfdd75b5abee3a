package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the channels whose private member list holds a user. */
public record ListUltraGroupUserPrivateChannelsCommand(String groupId, String userId, PageRequest page) {
    public ListUltraGroupUserPrivateChannelsCommand {
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        check.validate();
    }

    public static ListUltraGroupUserPrivateChannelsCommand of(String groupId, String userId, int pageSize, String pageToken) {
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        check.userId("user_id", userId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.SMALL_PAGE_DEFAULT, UltraGroupLimits.SMALL_PAGE_MAX);
        check.validate();
        return new ListUltraGroupUserPrivateChannelsCommand(groupId, userId, page);
    }
}
