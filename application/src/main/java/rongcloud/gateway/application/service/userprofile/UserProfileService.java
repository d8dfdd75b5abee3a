package rongcloud.gateway.application.service.userprofile;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import java.util.List;
import rongcloud.gateway.application.port.in.userprofile.UserProfileUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userprofile.BatchGetUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.CleanUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;
import rongcloud.gateway.domain.userprofile.ListUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.SetUserProfileCommand;
import rongcloud.gateway.domain.userprofile.UserProfilePort;

/**
 * Orchestrates the "user-profile" area. Commands arrive validated (they validate themselves); this service is
 * where quota, cache and persistence steps are added around the single upstream call of each method.
 */
public final class UserProfileService implements UserProfileUseCase {
    private final UserProfilePort port;
    private final QuotaGate quota;

    public UserProfileService(UserProfilePort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void setUserProfile(CallContext ctx, SetUserProfileCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/profile/set.json"));
        port.setUserProfile(ctx, command);
    }

    @Override
    public void cleanUserProfiles(CallContext ctx, CleanUserProfilesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/profile/clean.json"));
        port.cleanUserProfiles(ctx, command);
    }

    @Override
    public List<HostedUserProfile> batchGetUserProfiles(CallContext ctx, BatchGetUserProfilesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/profile/batch/query.json"));
        return port.batchGetUserProfiles(ctx, command);
    }

    @Override
    public Page<HostedUserProfile> listUserProfiles(CallContext ctx, ListUserProfilesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/profile/query.json"));
        return port.listUserProfiles(ctx, command);
    }
}
