package rongcloud.gateway.adapter.in.grpc.state;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.state.GatewayStateUseCase;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirroredMember;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.validation.Check;
import rongcloud.gateway.proto.v1.GatewayStateService;
import rongcloud.gateway.proto.v1.GetMirroredGroupRequest;
import rongcloud.gateway.proto.v1.GetMirroredUserRequest;
import rongcloud.gateway.proto.v1.ListMirroredGroupMembersRequest;
import rongcloud.gateway.proto.v1.ListMirroredGroupMembersResponse;
import rongcloud.gateway.proto.v1.ListMirroredUserGroupsRequest;
import rongcloud.gateway.proto.v1.ListMirroredUserGroupsResponse;
import rongcloud.gateway.proto.v1.MirroredGroup;
import rongcloud.gateway.proto.v1.MirroredUser;

/** The state mirror over gRPC: answered from the gateway's database, no upstream call. */
@GrpcService
@Blocking
public class GatewayStateGrpcService implements GatewayStateService {
    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 1000;
    /** Far future shown for permanent mutes (Instant.MAX does not fit a Timestamp). */
    static final Instant PERMANENT = Instant.parse("9999-12-31T23:59:59Z");

    private final GatewayStateUseCase state;

    @Inject
    public GatewayStateGrpcService(GatewayStateUseCase state) {
        this.state = state;
    }

    @Override
    public Uni<MirroredGroup> getMirroredGroup(GetMirroredGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            Check.request().that(!r.getGroupId().isBlank(), "group_id", "is required").validate();
            var g = state.getGroup(ctx, kind(r.getKind()).orElse(GroupKind.LEGACY), r.getGroupId());
            MirroredGroup.Builder b = MirroredGroup.newBuilder().setKind(kind(g.kind())).setGroupId(g.groupId())
                    .setMemberCount(g.memberCount()).setMuteAll(g.muteAll())
                    .addAllMuteAllowlistUserIds(g.muteAllowlist())
                    .setCreateTime(ProtoTime.of(g.createdAt())).setUpdateTime(ProtoTime.of(g.updatedAt()));
            g.name().ifPresent(b::setName);
            g.ownerId().ifPresent(b::setOwnerUserId);
            return b.build();
        });
    }

    @Override
    public Uni<ListMirroredGroupMembersResponse> listMirroredGroupMembers(ListMirroredGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Check check = Check.request().that(!r.getGroupId().isBlank(), "group_id", "is required");
            PageRequest page = PageRequest.from(check, r.getPageSize(), r.getPageToken(), DEFAULT_PAGE, MAX_PAGE);
            check.validate();
            Page<MirroredMember> members = state.listGroupMembers(ctx, kind(r.getKind()).orElse(GroupKind.LEGACY),
                    r.getGroupId(), page);
            return ListMirroredGroupMembersResponse.newBuilder()
                    .addAllMembers(members.items().stream().map(GatewayStateGrpcService::toProto).toList())
                    .setNextPageToken(members.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<ListMirroredUserGroupsResponse> listMirroredUserGroups(ListMirroredUserGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Check check = Check.request().that(!r.getUserId().isBlank(), "user_id", "is required");
            PageRequest page = PageRequest.from(check, r.getPageSize(), r.getPageToken(), DEFAULT_PAGE, MAX_PAGE);
            check.validate();
            Page<MirroredMember> groups = state.listUserGroups(ctx, r.getUserId(), kind(r.getKind()), page);
            return ListMirroredUserGroupsResponse.newBuilder()
                    .addAllMemberships(groups.items().stream().map(GatewayStateGrpcService::toProto).toList())
                    .setNextPageToken(groups.nextPageToken().orElse("")).build();
        });
    }

    @Override
    public Uni<MirroredUser> getMirroredUser(GetMirroredUserRequest r) {
        return GrpcCalls.unary(ctx -> {
            Check.request().that(!r.getUserId().isBlank(), "user_id", "is required").validate();
            var u = state.getUser(ctx, r.getUserId());
            MirroredUser.Builder b = MirroredUser.newBuilder().setUserId(u.userId()).setDeactivated(u.deactivated())
                    .setCreateTime(ProtoTime.of(u.createdAt())).setUpdateTime(ProtoTime.of(u.updatedAt()));
            u.name().ifPresent(b::setName);
            u.portraitUri().ifPresent(b::setPortraitUri);
            return b.build();
        });
    }

    private static rongcloud.gateway.proto.v1.MirroredMember toProto(MirroredMember m) {
        var b = rongcloud.gateway.proto.v1.MirroredMember.newBuilder().setKind(kind(m.kind()))
                .setGroupId(m.groupId()).setUserId(m.userId()).setJoinTime(ProtoTime.of(m.joinedAt()));
        m.groupName().ifPresent(b::setGroupName);
        m.mutedUntil().ifPresent(t -> b.setMutedUntil(ProtoTime.of(t.isAfter(PERMANENT) ? PERMANENT : t)));
        return b.build();
    }

    private static Optional<GroupKind> kind(rongcloud.gateway.proto.v1.GroupKind k) {
        return switch (k) {
            case GROUP_KIND_LEGACY -> Optional.of(GroupKind.LEGACY);
            case GROUP_KIND_HOSTED -> Optional.of(GroupKind.HOSTED);
            default -> Optional.empty();
        };
    }

    private static rongcloud.gateway.proto.v1.GroupKind kind(GroupKind k) {
        return k == GroupKind.HOSTED ? rongcloud.gateway.proto.v1.GroupKind.GROUP_KIND_HOSTED
                : rongcloud.gateway.proto.v1.GroupKind.GROUP_KIND_LEGACY;
    }
}
