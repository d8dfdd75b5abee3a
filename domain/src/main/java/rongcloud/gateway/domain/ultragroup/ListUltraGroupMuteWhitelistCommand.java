package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the mute-all allow list of a channel or ultra group. */
public record ListUltraGroupMuteWhitelistCommand(String groupId, Optional<String> channelId, PageRequest page) {
    public ListUltraGroupMuteWhitelistCommand {
        channelId = UltraGroupChecks.given(channelId);
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        check.validate();
    }

    public static ListUltraGroupMuteWhitelistCommand of(String groupId, Optional<String> channelId, int pageSize, String pageToken) {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, UltraGroupLimits.WHITELIST_PAGE_DEFAULT, UltraGroupLimits.WHITELIST_PAGE_MAX);
        check.validate();
        return new ListUltraGroupMuteWhitelistCommand(groupId, channelId, page);
    }
}
