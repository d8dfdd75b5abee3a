package rongcloud.gateway.domain.user;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List users muted in one-to-one chat, one page at a time (RongCloud pages by offset). */
public record ListPrivateChatMutedUsersCommand(PageRequest page) {
    public ListPrivateChatMutedUsersCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListPrivateChatMutedUsersCommand of(int pageSize, String pageToken) {
        Check check = Check.request();
        PageRequest page = PageRequest.from(check, pageSize, pageToken,
                UserLimits.MUTED_PAGE_DEFAULT, UserLimits.MUTED_PAGE_MAX);
        check.validate();
        return new ListPrivateChatMutedUsersCommand(page);
    }
}
