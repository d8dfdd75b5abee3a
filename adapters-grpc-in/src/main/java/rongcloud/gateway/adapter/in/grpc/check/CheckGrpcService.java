package rongcloud.gateway.adapter.in.grpc.check;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages;
import rongcloud.gateway.adapter.in.grpc.userprofile.UserProfileGrpcService;
import rongcloud.gateway.application.port.in.check.AllowlistCheck;
import rongcloud.gateway.application.port.in.check.BlockCheck;
import rongcloud.gateway.application.port.in.check.CachedProfiles;
import rongcloud.gateway.application.port.in.check.CheckGroupCommand;
import rongcloud.gateway.application.port.in.check.CheckGroupsCommand;
import rongcloud.gateway.application.port.in.check.CheckListCommand;
import rongcloud.gateway.application.port.in.check.CheckUseCase;
import rongcloud.gateway.application.port.in.check.CheckUsersCommand;
import rongcloud.gateway.application.port.in.check.Checked;
import rongcloud.gateway.application.port.in.check.GroupMuteCheck;
import rongcloud.gateway.application.port.in.check.MembershipCheck;
import rongcloud.gateway.domain.entrustgroup.EntrustGroup;
import rongcloud.gateway.domain.entrustgroup.GroupMember;
import rongcloud.gateway.domain.user.UserInfo;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;
import rongcloud.gateway.proto.v1.BatchGetCachedGroupMembersRequest;
import rongcloud.gateway.proto.v1.BatchGetCachedGroupMembersResponse;
import rongcloud.gateway.proto.v1.BatchGetCachedGroupsRequest;
import rongcloud.gateway.proto.v1.BatchGetCachedGroupsResponse;
import rongcloud.gateway.proto.v1.BatchGetCachedUserProfilesRequest;
import rongcloud.gateway.proto.v1.BatchGetCachedUserProfilesResponse;
import rongcloud.gateway.proto.v1.BatchIsBlacklistedRequest;
import rongcloud.gateway.proto.v1.BatchIsBlacklistedResponse;
import rongcloud.gateway.proto.v1.BatchIsMutedInGroupRequest;
import rongcloud.gateway.proto.v1.BatchIsMutedInGroupResponse;
import rongcloud.gateway.proto.v1.BatchIsPrivateChatMutedRequest;
import rongcloud.gateway.proto.v1.BatchIsPrivateChatMutedResponse;
import rongcloud.gateway.proto.v1.BatchIsUserBlockedRequest;
import rongcloud.gateway.proto.v1.BatchIsUserBlockedResponse;
import rongcloud.gateway.proto.v1.CacheInfo;
import rongcloud.gateway.proto.v1.CacheSource;
import rongcloud.gateway.proto.v1.CachedUserTags;
import rongcloud.gateway.proto.v1.CheckService;
import rongcloud.gateway.proto.v1.Freshness;
import rongcloud.gateway.proto.v1.GetCachedUserInfoRequest;
import rongcloud.gateway.proto.v1.GetCachedUserInfoResponse;
import rongcloud.gateway.proto.v1.GetCachedUserTagsRequest;
import rongcloud.gateway.proto.v1.GetCachedUserTagsResponse;
import rongcloud.gateway.proto.v1.GroupMuteReason;
import rongcloud.gateway.proto.v1.GroupMuteState;
import rongcloud.gateway.proto.v1.IsAllowlistedRequest;
import rongcloud.gateway.proto.v1.IsAllowlistedResponse;
import rongcloud.gateway.proto.v1.IsBlacklistedRequest;
import rongcloud.gateway.proto.v1.IsBlacklistedResponse;
import rongcloud.gateway.proto.v1.IsMutedInGroupRequest;
import rongcloud.gateway.proto.v1.IsMutedInGroupResponse;
import rongcloud.gateway.proto.v1.IsPrivateChatMutedRequest;
import rongcloud.gateway.proto.v1.IsPrivateChatMutedResponse;
import rongcloud.gateway.proto.v1.IsUserBlockedRequest;
import rongcloud.gateway.proto.v1.IsUserBlockedResponse;
import rongcloud.gateway.proto.v1.ListMembership;
import rongcloud.gateway.proto.v1.UserBlockState;

/** Cached checks over gRPC: maps messages to commands and answers (with their source and age) to messages. */
@GrpcService
@Blocking
public class CheckGrpcService implements CheckService {
    private final CheckUseCase checks;

    @Inject
    public CheckGrpcService(CheckUseCase checks) {
        this.checks = checks;
    }

    @Override
    public Uni<IsUserBlockedResponse> isUserBlocked(IsUserBlockedRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<BlockCheck>> c = checks.checkBlocked(ctx, CheckUsersCommand.one(r.getUserId(), freshness(r.getFreshness())));
            return IsUserBlockedResponse.newBuilder().setState(block(c.value().get(0))).setCache(info(c)).build();
        });
    }

    @Override
    public Uni<BatchIsUserBlockedResponse> batchIsUserBlocked(BatchIsUserBlockedRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<BlockCheck>> c = checks.checkBlocked(ctx,
                    new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())));
            BatchIsUserBlockedResponse.Builder b = BatchIsUserBlockedResponse.newBuilder().setCache(info(c));
            c.value().forEach(s -> b.addStates(block(s)));
            return b.build();
        });
    }

    @Override
    public Uni<IsBlacklistedResponse> isBlacklisted(IsBlacklistedRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<MembershipCheck>> c = checks.checkBlacklisted(ctx,
                    CheckListCommand.one(r.getOwnerUserId(), r.getTargetUserId(), freshness(r.getFreshness())));
            return IsBlacklistedResponse.newBuilder().setBlacklisted(c.value().get(0).listed()).setCache(info(c)).build();
        });
    }

    @Override
    public Uni<BatchIsBlacklistedResponse> batchIsBlacklisted(BatchIsBlacklistedRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<MembershipCheck>> c = checks.checkBlacklisted(ctx,
                    new CheckListCommand(r.getOwnerUserId(), r.getTargetUserIdsList(), freshness(r.getFreshness())));
            BatchIsBlacklistedResponse.Builder b = BatchIsBlacklistedResponse.newBuilder().setCache(info(c));
            c.value().forEach(m -> b.addTargets(membership(m)));
            return b.build();
        });
    }

    @Override
    public Uni<IsAllowlistedResponse> isAllowlisted(IsAllowlistedRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<AllowlistCheck> c = checks.checkAllowlisted(ctx,
                    CheckListCommand.one(r.getOwnerUserId(), r.getTargetUserId(), freshness(r.getFreshness())));
            return IsAllowlistedResponse.newBuilder().setAllowlisted(c.value().targets().get(0).listed())
                    .setAllowlistMode(c.value().allowlistMode()).setCache(info(c)).build();
        });
    }

    @Override
    public Uni<IsPrivateChatMutedResponse> isPrivateChatMuted(IsPrivateChatMutedRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<MembershipCheck>> c = checks.checkPrivateChatMuted(ctx,
                    CheckUsersCommand.one(r.getUserId(), freshness(r.getFreshness())));
            return IsPrivateChatMutedResponse.newBuilder().setMuted(c.value().get(0).listed()).setCache(info(c)).build();
        });
    }

    @Override
    public Uni<BatchIsPrivateChatMutedResponse> batchIsPrivateChatMuted(BatchIsPrivateChatMutedRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<MembershipCheck>> c = checks.checkPrivateChatMuted(ctx,
                    new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())));
            BatchIsPrivateChatMutedResponse.Builder b = BatchIsPrivateChatMutedResponse.newBuilder().setCache(info(c));
            c.value().forEach(m -> b.addUsers(membership(m)));
            return b.build();
        });
    }

    @Override
    public Uni<IsMutedInGroupResponse> isMutedInGroup(IsMutedInGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<GroupMuteCheck>> c = checks.checkMutedInGroup(ctx,
                    CheckGroupCommand.one(r.getGroupId(), r.getUserId(), freshness(r.getFreshness())));
            return IsMutedInGroupResponse.newBuilder().setState(groupMute(c.value().get(0))).setCache(info(c)).build();
        });
    }

    @Override
    public Uni<BatchIsMutedInGroupResponse> batchIsMutedInGroup(BatchIsMutedInGroupRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<List<GroupMuteCheck>> c = checks.checkMutedInGroup(ctx,
                    new CheckGroupCommand(r.getGroupId(), r.getUserIdsList(), freshness(r.getFreshness())));
            BatchIsMutedInGroupResponse.Builder b = BatchIsMutedInGroupResponse.newBuilder().setCache(info(c));
            c.value().forEach(s -> b.addStates(groupMute(s)));
            return b.build();
        });
    }

    @Override
    public Uni<GetCachedUserInfoResponse> getCachedUserInfo(GetCachedUserInfoRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<Optional<UserInfo>> c = checks.userInfo(ctx, CheckUsersCommand.one(r.getUserId(), freshness(r.getFreshness())));
            GetCachedUserInfoResponse.Builder b = GetCachedUserInfoResponse.newBuilder().setUserId(r.getUserId()).setCache(info(c));
            c.value().ifPresent(u -> {
                b.setFound(true).setName(u.name()).setPortraitUri(u.portraitUri().orElse(""));
                u.createTime().ifPresent(t -> b.setCreateTime(ProtoTime.of(t)));
            });
            return b.build();
        });
    }

    @Override
    public Uni<BatchGetCachedUserProfilesResponse> batchGetCachedUserProfiles(BatchGetCachedUserProfilesRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<CachedProfiles<HostedUserProfile>> c = checks.userProfiles(ctx,
                    new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())));
            BatchGetCachedUserProfilesResponse.Builder b = BatchGetCachedUserProfilesResponse.newBuilder()
                    .addAllMissingUserIds(c.value().missing()).setCache(info(c));
            c.value().found().forEach(p -> b.addProfiles(UserProfileGrpcService.toProto(p)));
            return b.build();
        });
    }

    @Override
    public Uni<GetCachedUserTagsResponse> getCachedUserTags(GetCachedUserTagsRequest r) {
        return GrpcCalls.unary(ctx -> {
            var c = checks.userTags(ctx, new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())));
            GetCachedUserTagsResponse.Builder b = GetCachedUserTagsResponse.newBuilder().setCache(info(c));
            c.value().forEach((u, tags) -> b.addUsers(CachedUserTags.newBuilder().setUserId(u).addAllTags(tags)));
            return b.build();
        });
    }

    @Override
    public Uni<BatchGetCachedGroupsResponse> batchGetCachedGroups(BatchGetCachedGroupsRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<CachedProfiles<EntrustGroup>> c = checks.groups(ctx,
                    new CheckGroupsCommand(r.getGroupIdsList(), freshness(r.getFreshness())));
            BatchGetCachedGroupsResponse.Builder b = BatchGetCachedGroupsResponse.newBuilder()
                    .addAllMissingGroupIds(c.value().missing()).setCache(info(c));
            c.value().found().forEach(g -> b.addGroups(EntrustGroupMessages.group(g)));
            return b.build();
        });
    }

    @Override
    public Uni<BatchGetCachedGroupMembersResponse> batchGetCachedGroupMembers(BatchGetCachedGroupMembersRequest r) {
        return GrpcCalls.unary(ctx -> {
            Checked<CachedProfiles<GroupMember>> c = checks.groupMembers(ctx,
                    new CheckGroupCommand(r.getGroupId(), r.getUserIdsList(), freshness(r.getFreshness())));
            BatchGetCachedGroupMembersResponse.Builder b = BatchGetCachedGroupMembersResponse.newBuilder()
                    .addAllMissingUserIds(c.value().missing()).setCache(info(c));
            c.value().found().forEach(m -> b.addMembers(EntrustGroupMessages.member(m)));
            return b.build();
        });
    }

    static rongcloud.gateway.application.port.in.check.Freshness freshness(Freshness f) {
        Optional<Duration> maxStaleness = f.hasMaxStaleness()
                ? Optional.of(Duration.ofSeconds(f.getMaxStaleness().getSeconds(), f.getMaxStaleness().getNanos()))
                : Optional.empty();
        return new rongcloud.gateway.application.port.in.check.Freshness(f.getBypassCache(), maxStaleness);
    }

    static CacheInfo info(Checked<?> c) {
        Duration age = c.age();
        return CacheInfo.newBuilder()
                .setSource(c.fromCache() ? CacheSource.CACHE_SOURCE_CACHE : CacheSource.CACHE_SOURCE_UPSTREAM)
                .setAge(com.google.protobuf.Duration.newBuilder().setSeconds(age.getSeconds()).setNanos(age.getNano()))
                .build();
    }

    private static UserBlockState block(BlockCheck b) {
        UserBlockState.Builder s = UserBlockState.newBuilder().setUserId(b.userId()).setBlocked(b.blocked());
        b.blockEndTime().ifPresent(t -> s.setBlockEndTime(ProtoTime.of(t)));
        return s.build();
    }

    private static ListMembership membership(MembershipCheck m) {
        return ListMembership.newBuilder().setUserId(m.userId()).setListed(m.listed()).build();
    }

    private static GroupMuteState groupMute(GroupMuteCheck g) {
        GroupMuteReason reason = switch (g.reason()) {
            case NONE -> GroupMuteReason.GROUP_MUTE_REASON_UNSPECIFIED;
            case MEMBER_MUTED -> GroupMuteReason.GROUP_MUTE_REASON_MEMBER_MUTED;
            case MUTED_IN_ALL_GROUPS -> GroupMuteReason.GROUP_MUTE_REASON_MUTED_IN_ALL_GROUPS;
            case GROUP_MUTED_FOR_ALL -> GroupMuteReason.GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL;
        };
        return GroupMuteState.newBuilder().setUserId(g.userId()).setMuted(g.muted()).setReason(reason).build();
    }
}
