package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the users muted in a channel or group-wide. */
public record ListUltraGroupMutedUsersCommand(String groupId, Optional<String> channelId, PageRequest page) {
    public ListUltraGroupMutedUsersCommand {
        channelId = UltraGroupChecks.given(channelId);
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        check.validate();
    }

    public static ListUltraGroupMutedUsersCommand of(String groupId, Optional<String> channelId, int pageSize, String pageToken) {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.MUTED_PAGE_DEFAULT, UltraGroupLimits.MUTED_PAGE_MAX);
        check.validate();
        return new ListUltraGroupMutedUsersCommand(groupId, channelId, page);
    }
}
