package rongcloud.gateway.domain.userprofile;

import java.util.Objects;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;

/** Page through every hosted profile of the app by registration time. */
public record ListUserProfilesCommand(PageRequest page, boolean newestFirst) {
    public ListUserProfilesCommand {
        Objects.requireNonNull(page, "page");
    }

    public static ListUserProfilesCommand of(int pageSize, String pageToken, boolean newestFirst) {
        Check check = Check.request();
        PageRequest page = PageRequest.from(check, pageSize, pageToken,
                UserProfileLimits.PAGE_DEFAULT, UserProfileLimits.PAGE_MAX);
        check.validate();
        return new ListUserProfilesCommand(page, newestFirst);
    }
}
