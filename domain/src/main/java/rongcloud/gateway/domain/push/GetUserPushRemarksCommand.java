package rongcloud.gateway.domain.push;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** One page of a user's push remarks. */
public record GetUserPushRemarksCommand(String userId, PageRequest page) {
    public GetUserPushRemarksCommand {
        Check.request().userId("user_id", userId).validate();
        Objects.requireNonNull(page, "page");
    }

    public static GetUserPushRemarksCommand of(String userId, int pageSize, String pageToken) {
        Check check = Check.request().userId("user_id", userId);
        PageRequest page = PageRequest.from(check, pageSize, pageToken, PushLimits.USER_REMARKS_PAGE_DEFAULT,
                PushLimits.USER_REMARKS_PAGE_MAX);
        check.validate();
        return new GetUserPushRemarksCommand(userId, page);
    }
}
