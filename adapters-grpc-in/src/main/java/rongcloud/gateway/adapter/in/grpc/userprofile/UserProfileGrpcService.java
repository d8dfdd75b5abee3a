package rongcloud.gateway.adapter.in.grpc.userprofile;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.application.port.in.userprofile.UserProfileUseCase;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userprofile.BatchGetUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.CleanUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.Gender;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;
import rongcloud.gateway.domain.userprofile.ListUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.SetUserProfileCommand;
import rongcloud.gateway.domain.userprofile.UserProfile;
import rongcloud.gateway.proto.v1.BatchGetUserProfilesRequest;
import rongcloud.gateway.proto.v1.BatchGetUserProfilesResponse;
import rongcloud.gateway.proto.v1.CleanUserProfilesRequest;
import rongcloud.gateway.proto.v1.CleanUserProfilesResponse;
import rongcloud.gateway.proto.v1.ListUserProfilesRequest;
import rongcloud.gateway.proto.v1.ListUserProfilesResponse;
import rongcloud.gateway.proto.v1.RegistrationOrder;
import rongcloud.gateway.proto.v1.SetUserProfileRequest;
import rongcloud.gateway.proto.v1.SetUserProfileResponse;
import rongcloud.gateway.proto.v1.UserProfileService;

/** The "user-profile" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class UserProfileGrpcService implements UserProfileService {
    private final UserProfileUseCase profiles;

    @Inject
    public UserProfileGrpcService(UserProfileUseCase profiles) {
        this.profiles = profiles;
    }

    @Override
    public Uni<SetUserProfileResponse> setUserProfile(SetUserProfileRequest r) {
        return GrpcCalls.unary(ctx -> {
            profiles.setUserProfile(ctx, new SetUserProfileCommand(r.getUserId(), toDomain(r.getProfile()),
                    r.getExtProfileMap()));
            return SetUserProfileResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<CleanUserProfilesResponse> cleanUserProfiles(CleanUserProfilesRequest r) {
        return GrpcCalls.unary(ctx -> {
            profiles.cleanUserProfiles(ctx, new CleanUserProfilesCommand(r.getUserIdsList()));
            return CleanUserProfilesResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BatchGetUserProfilesResponse> batchGetUserProfiles(BatchGetUserProfilesRequest r) {
        return GrpcCalls.unary(ctx -> {
            BatchGetUserProfilesResponse.Builder b = BatchGetUserProfilesResponse.newBuilder();
            profiles.batchGetUserProfiles(ctx, new BatchGetUserProfilesCommand(r.getUserIdsList()))
                    .forEach(p -> b.addProfiles(toProto(p)));
            return b.build();
        });
    }

    @Override
    public Uni<ListUserProfilesResponse> listUserProfiles(ListUserProfilesRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<HostedUserProfile> page = profiles.listUserProfiles(ctx, ListUserProfilesCommand.of(r.getPageSize(),
                    r.getPageToken(), r.getOrder() == RegistrationOrder.REGISTRATION_ORDER_NEWEST_FIRST));
            ListUserProfilesResponse.Builder b = ListUserProfilesResponse.newBuilder()
                    .setNextPageToken(page.nextPageToken().orElse(""));
            page.items().forEach(p -> b.addProfiles(toProto(p)));
            return b.build();
        });
    }

    private static UserProfile toDomain(rongcloud.gateway.proto.v1.UserProfile p) {
        return new UserProfile(p.hasUniqueId() ? p.getUniqueId() : null, p.hasName() ? p.getName() : null,
                p.hasPortraitUri() ? p.getPortraitUri() : null, p.hasEmail() ? p.getEmail() : null,
                p.hasBirthday() ? p.getBirthday() : null, p.hasGender() ? Gender.ofWire(p.getGenderValue()) : null,
                p.hasLocation() ? p.getLocation() : null, p.hasRole() ? p.getRole() : null,
                p.hasLevel() ? p.getLevel() : null);
    }

    public static rongcloud.gateway.proto.v1.HostedUserProfile toProto(HostedUserProfile h) {
        UserProfile p = h.profile();
        rongcloud.gateway.proto.v1.UserProfile.Builder m = rongcloud.gateway.proto.v1.UserProfile.newBuilder();
        if (p.uniqueId() != null) {
            m.setUniqueId(p.uniqueId());
        }
        if (p.name() != null) {
            m.setName(p.name());
        }
        if (p.portraitUri() != null) {
            m.setPortraitUri(p.portraitUri());
        }
        if (p.email() != null) {
            m.setEmail(p.email());
        }
        if (p.birthday() != null) {
            m.setBirthday(p.birthday());
        }
        if (p.gender() != null) {
            m.setGenderValue(p.gender().wire()); // proto Gender numbers are RongCloud's
        }
        if (p.location() != null) {
            m.setLocation(p.location());
        }
        if (p.role() != null) {
            m.setRole(p.role());
        }
        if (p.level() != null) {
            m.setLevel(p.level());
        }
        return rongcloud.gateway.proto.v1.HostedUserProfile.newBuilder().setUserId(h.userId())
                .setVersion(h.version()).setProfile(m).putAllExtProfile(h.extProfile()).build();
    }
}
