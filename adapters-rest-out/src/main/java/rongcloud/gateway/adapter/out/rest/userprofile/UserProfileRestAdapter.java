package rongcloud.gateway.adapter.out.rest.userprofile;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.JsonText;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.userprofile.UserProfileDtos.ProfileEntry;
import rongcloud.gateway.adapter.out.rest.userprofile.UserProfileDtos.ProfileJson;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userprofile.BatchGetUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.CleanUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.Gender;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;
import rongcloud.gateway.domain.userprofile.ListUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.SetUserProfileCommand;
import rongcloud.gateway.domain.userprofile.UserProfile;
import rongcloud.gateway.domain.userprofile.UserProfilePort;

/** {@link UserProfilePort} over RongCloud's REST API. */
@ApplicationScoped
public class UserProfileRestAdapter implements UserProfilePort {
    private static final Class<UserProfileClient> API = UserProfileClient.class;

    private final RongCloudInvoker rongCloud;

    @Inject
    public UserProfileRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public void setUserProfile(CallContext ctx, SetUserProfileCommand c) {
        String profile = c.profile().isEmpty() ? null : JsonText.write(toJson(c.profile()));
        String ext = c.extProfile().isEmpty() ? null : JsonText.write(c.extProfile());
        rongCloud.call(ctx, "/user/profile/set.json", UpstreamCallKind.SETTING, API, (api, rid) -> api.setProfile(rid, c.userId(), profile, ext));
    }

    @Override
    public void cleanUserProfiles(CallContext ctx, CleanUserProfilesCommand c) {
        rongCloud.call(ctx, "/user/profile/clean.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.cleanProfiles(rid, c.userIds()));
    }

    @Override
    public List<HostedUserProfile> batchGetUserProfiles(CallContext ctx, BatchGetUserProfilesCommand c) {
        return profiles(rongCloud.call(ctx, "/user/profile/batch/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.batchQuery(rid, c.userIds())).userList());
    }

    @Override
    public Page<HostedUserProfile> listUserProfiles(CallContext ctx, ListUserProfilesCommand c) {
        return Page.of(profiles(rongCloud.call(ctx, "/user/profile/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.query(rid, c.page().page(), c.page().size(), c.newestFirst() ? 1 : 0)).userList()),
                c.page());
    }

    private static List<HostedUserProfile> profiles(List<ProfileEntry> entries) {
        return entries == null ? List.of() : entries.stream()
                .map(e -> new HostedUserProfile(e.userId(), e.version() == null ? 0 : e.version(),
                        toDomain(JsonText.read(e.userProfile(), ProfileJson.class)), JsonText.attributes(e.userExtProfile())))
                .toList();
    }

    private static ProfileJson toJson(UserProfile p) {
        return new ProfileJson(p.uniqueId(), p.name(), p.portraitUri(), p.email(), p.birthday(),
                p.gender() == null ? null : p.gender().wire(), p.location(), p.role(), p.level());
    }

    private static UserProfile toDomain(ProfileJson j) {
        return j == null ? UserProfile.EMPTY : new UserProfile(j.uniqueId(), j.name(), j.portraitUri(), j.email(),
                j.birthday(), j.gender() == null ? null : Gender.ofWire(j.gender()), j.location(), j.role(), j.level());
    }
}
