package rongcloud.gateway.domain.chatroom;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** List the chatrooms muted for all, one page at a time. */
public record ListMutedAllChatroomsCommand(PageRequest page) {
    public ListMutedAllChatroomsCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListMutedAllChatroomsCommand of(int pageSize, String pageToken) {
        Check check = Check.request();
        PageRequest page = PageRequest.from(check, pageSize, pageToken,
                ChatroomLimits.MUTE_ALL_PAGE_DEFAULT, ChatroomLimits.MUTE_ALL_PAGE_MAX);
        check.validate();
        return new ListMutedAllChatroomsCommand(page);
    }
}
