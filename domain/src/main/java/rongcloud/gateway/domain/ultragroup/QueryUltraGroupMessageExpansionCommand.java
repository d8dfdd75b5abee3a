package rongcloud.gateway.domain.ultragroup;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List a message's extension key/values, 300 per page (RongCloud's pageNo). */
public record QueryUltraGroupMessageExpansionCommand(String groupId, Optional<String> channelId, String messageUid,
                                                     PageRequest page) {
    public QueryUltraGroupMessageExpansionCommand {
        channelId = UltraGroupChecks.given(channelId);
        Objects.requireNonNull(page, "page");
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        UltraGroupChecks.messageUid(check, "message_uid", messageUid);
        check.validate();
    }

    public static QueryUltraGroupMessageExpansionCommand of(String groupId, Optional<String> channelId, String messageUid,
                                                           String pageToken) {
        channelId = UltraGroupChecks.given(channelId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.optionalChannelId(check, "channel_id", channelId);
        UltraGroupChecks.messageUid(check, "message_uid", messageUid);
        PageRequest page = PageRequest.from(check, 0, pageToken, UltraGroupLimits.EXPANSION_PAGE_SIZE,
                UltraGroupLimits.EXPANSION_PAGE_SIZE);
        check.validate();
        return new QueryUltraGroupMessageExpansionCommand(groupId, channelId, messageUid, page);
    }
}
