package rongcloud.gateway.domain.userprofile;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/**
 * RongCloud's profile hosting (catalog area "user-profile"), one method per documented endpoint.
 * Implemented by the outbound REST adapter; failures are {@code GatewayException}s.
 */
public interface UserProfilePort {
    /** /user/profile/set.json */
    void setUserProfile(CallContext ctx, SetUserProfileCommand command);

    /** /user/profile/clean.json */
    void cleanUserProfiles(CallContext ctx, CleanUserProfilesCommand command);

    /** /user/profile/batch/query.json */
    List<HostedUserProfile> batchGetUserProfiles(CallContext ctx, BatchGetUserProfilesCommand command);

    /** /user/profile/query.json */
    Page<HostedUserProfile> listUserProfiles(CallContext ctx, ListUserProfilesCommand command);
}
