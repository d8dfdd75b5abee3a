package rongcloud.gateway.application.port.in.userprofile;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userprofile.BatchGetUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.CleanUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;
import rongcloud.gateway.domain.userprofile.ListUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.SetUserProfileCommand;

/** What callers can do with hosted user profiles: the incoming port of the "user-profile" area. */
public interface UserProfileUseCase {
    void setUserProfile(CallContext ctx, SetUserProfileCommand command);

    void cleanUserProfiles(CallContext ctx, CleanUserProfilesCommand command);

    List<HostedUserProfile> batchGetUserProfiles(CallContext ctx, BatchGetUserProfilesCommand command);

    Page<HostedUserProfile> listUserProfiles(CallContext ctx, ListUserProfilesCommand command);
}
