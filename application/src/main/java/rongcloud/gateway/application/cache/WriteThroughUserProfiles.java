package rongcloud.gateway.application.cache;

import static rongcloud.gateway.application.port.out.cache.CacheKind.USER_PROFILE;

import java.util.List;
import rongcloud.gateway.application.port.in.userprofile.UserProfileUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userprofile.BatchGetUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.CleanUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;
import rongcloud.gateway.domain.userprofile.ListUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.SetUserProfileCommand;

/** The user-profile area, write-through: a set or cleaned profile is invalidated everywhere after the upstream call. */
public final class WriteThroughUserProfiles implements UserProfileUseCase {
    private final UserProfileUseCase next;
    private final StateCaches caches;

    public WriteThroughUserProfiles(UserProfileUseCase next, StateCaches caches) {
        this.next = next;
        this.caches = caches;
    }

    @Override
    public void setUserProfile(CallContext ctx, SetUserProfileCommand command) {
        next.setUserProfile(ctx, command);
        caches.invalidate(USER_PROFILE, command.userId());
    }

    @Override
    public void cleanUserProfiles(CallContext ctx, CleanUserProfilesCommand command) {
        next.cleanUserProfiles(ctx, command);
        caches.invalidate(USER_PROFILE, command.userIds());
    }

    @Override
    public List<HostedUserProfile> batchGetUserProfiles(CallContext ctx, BatchGetUserProfilesCommand command) {
        return next.batchGetUserProfiles(ctx, command);
    }

    @Override
    public Page<HostedUserProfile> listUserProfiles(CallContext ctx, ListUserProfilesCommand command) {
        return next.listUserProfiles(ctx, command);
    }
}
