package rongcloud.gateway.domain.message;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the extension key/values of a message, one RongCloud page (300 entries) at a time. */
public record ListMessageExpansionCommand(String messageUid, PageRequest page) {
    public ListMessageExpansionCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListMessageExpansionCommand of(String messageUid, String pageToken) {
        Check check = Check.request().chars("message_uid", messageUid, true, Integer.MAX_VALUE);
        PageRequest page = PageRequest.from(check, 0, pageToken, MessageLimits.EXPANSION_PAGE_SIZE,
                MessageLimits.EXPANSION_PAGE_SIZE);
        check.validate();
        return new ListMessageExpansionCommand(messageUid, page);
    }
}
