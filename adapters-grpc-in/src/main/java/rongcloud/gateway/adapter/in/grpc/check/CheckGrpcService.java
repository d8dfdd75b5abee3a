package rongcloud.gateway.adapter.in.grpc.check;

import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.adapter.in.grpc.entrustgroup.EntrustGroupMessages;
import rongcloud.gateway.adapter.in.grpc.userprofile.UserProfileGrpcService;
import rongcloud.gateway.application.port.in.check.AllowlistCheck;
import rongcloud.gateway.application.port.in.check.BlockCheck;
import rongcloud.gateway.application.port.in.check.CachedProfiles;
import rongcloud.gateway.application.port.in.check.ChatroomMuteCheck;
import rongcloud.gateway.application.port.in.check.CheckChatroomCommand;
import rongcloud.gateway.application.port.in.check.CheckGroupCommand;
import rongcloud.gateway.application.port.in.check.CheckGroupsCommand;
import rongcloud.gateway.application.port.in.check.CheckListCommand;
import rongcloud.gateway.application.port.in.check.CheckUseCase;
import rongcloud.gateway.application.port.in.check.CheckUltraGroupCommand;
import rongcloud.gateway.application.port.in.check.CheckUsersCommand;
import rongcloud.gateway.application.port.in.check.Checked;
import rongcloud.gateway.application.port.in.check.GroupMuteCheck;
import rongcloud.gateway.application.port.in.check.MembershipCheck;
import rongcloud.gateway.application.port.in.check.UltraGroupMuteCheck;
import rongcloud.gateway.domain.CallContext;
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
import rongcloud.gateway.proto.v1.BatchIsBannedFromChatroomRequest;
import rongcloud.gateway.proto.v1.BatchIsBannedFromChatroomResponse;
import rongcloud.gateway.proto.v1.BatchIsBlacklistedRequest;
import rongcloud.gateway.proto.v1.BatchIsBlacklistedResponse;
import rongcloud.gateway.proto.v1.BatchIsMutedInChatroomRequest;
import rongcloud.gateway.proto.v1.BatchIsMutedInChatroomResponse;
import rongcloud.gateway.proto.v1.BatchIsMutedInGroupRequest;
import rongcloud.gateway.proto.v1.BatchIsMutedInGroupResponse;
import rongcloud.gateway.proto.v1.BatchIsMutedInUltraGroupRequest;
import rongcloud.gateway.proto.v1.BatchIsMutedInUltraGroupResponse;
import rongcloud.gateway.proto.v1.BatchIsPrivateChatMutedRequest;
import rongcloud.gateway.proto.v1.BatchIsPrivateChatMutedResponse;
import rongcloud.gateway.proto.v1.BatchIsUserBlockedRequest;
import rongcloud.gateway.proto.v1.BatchIsUserBlockedResponse;
import rongcloud.gateway.proto.v1.CacheInfo;
import rongcloud.gateway.proto.v1.CacheSource;
import rongcloud.gateway.proto.v1.CachedUserTags;
import rongcloud.gateway.proto.v1.ChatroomBanState;
import rongcloud.gateway.proto.v1.ChatroomMuteReason;
import rongcloud.gateway.proto.v1.ChatroomMuteState;
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
import rongcloud.gateway.proto.v1.IsBannedFromChatroomRequest;
import rongcloud.gateway.proto.v1.IsBannedFromChatroomResponse;
import rongcloud.gateway.proto.v1.IsBlacklistedRequest;
import rongcloud.gateway.proto.v1.IsBlacklistedResponse;
import rongcloud.gateway.proto.v1.IsMutedInChatroomRequest;
import rongcloud.gateway.proto.v1.IsMutedInChatroomResponse;
import rongcloud.gateway.proto.v1.IsMutedInGroupRequest;
import rongcloud.gateway.proto.v1.IsMutedInGroupResponse;
import rongcloud.gateway.proto.v1.IsMutedInUltraGroupRequest;
import rongcloud.gateway.proto.v1.IsMutedInUltraGroupResponse;
import rongcloud.gateway.proto.v1.IsPrivateChatMutedRequest;
import rongcloud.gateway.proto.v1.IsPrivateChatMutedResponse;
import rongcloud.gateway.proto.v1.IsUserBlockedRequest;
import rongcloud.gateway.proto.v1.IsUserBlockedResponse;
import rongcloud.gateway.proto.v1.ListMembership;
import rongcloud.gateway.proto.v1.UltraGroupMuteReason;
import rongcloud.gateway.proto.v1.UltraGroupMuteState;
import rongcloud.gateway.proto.v1.UserBlockState;

/**
 * Cached checks over gRPC: maps messages to commands and answers (with their source and age) to messages.
 * Not {@code @Blocking}: runs on the gRPC event loop, where cache hits are answered; misses are offloaded to a worker
 * thread ({@link GrpcCalls#fastOrBlocking}).
 */
@GrpcService
public class CheckGrpcService implements CheckService {
    private final CheckUseCase checks;

    @Inject
    public CheckGrpcService(CheckUseCase checks) {
        this.checks = checks;
    }

    @Override
    public Uni<IsUserBlockedResponse> isUserBlocked(IsUserBlockedRequest r) {
        return answer(() -> CheckUsersCommand.one(r.getUserId(), freshness(r.getFreshness())),
                checks::peekBlocked, checks::checkBlocked,
                c -> IsUserBlockedResponse.newBuilder().setState(block(c.value().get(0))).setCache(info(c)).build());
    }

    @Override
    public Uni<BatchIsUserBlockedResponse> batchIsUserBlocked(BatchIsUserBlockedRequest r) {
        return answer(() -> new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekBlocked, checks::checkBlocked, c -> {
                    BatchIsUserBlockedResponse.Builder b = BatchIsUserBlockedResponse.newBuilder().setCache(info(c));
                    c.value().forEach(s -> b.addStates(block(s)));
                    return b.build();
                });
    }

    @Override
    public Uni<IsBlacklistedResponse> isBlacklisted(IsBlacklistedRequest r) {
        return answer(() -> CheckListCommand.one(r.getOwnerUserId(), r.getTargetUserId(), freshness(r.getFreshness())),
                checks::peekBlacklisted, checks::checkBlacklisted,
                c -> IsBlacklistedResponse.newBuilder().setBlacklisted(c.value().get(0).listed()).setCache(info(c)).build());
    }

    @Override
    public Uni<BatchIsBlacklistedResponse> batchIsBlacklisted(BatchIsBlacklistedRequest r) {
        return answer(() -> new CheckListCommand(r.getOwnerUserId(), r.getTargetUserIdsList(), freshness(r.getFreshness())),
                checks::peekBlacklisted, checks::checkBlacklisted, c -> {
                    BatchIsBlacklistedResponse.Builder b = BatchIsBlacklistedResponse.newBuilder().setCache(info(c));
                    c.value().forEach(m -> b.addTargets(membership(m)));
                    return b.build();
                });
    }

    @Override
    public Uni<IsAllowlistedResponse> isAllowlisted(IsAllowlistedRequest r) {
        return answer(() -> CheckListCommand.one(r.getOwnerUserId(), r.getTargetUserId(), freshness(r.getFreshness())),
                checks::peekAllowlisted, checks::checkAllowlisted,
                c -> IsAllowlistedResponse.newBuilder().setAllowlisted(c.value().targets().get(0).listed())
                        .setAllowlistMode(c.value().allowlistMode()).setCache(info(c)).build());
    }

    @Override
    public Uni<IsPrivateChatMutedResponse> isPrivateChatMuted(IsPrivateChatMutedRequest r) {
        return answer(() -> CheckUsersCommand.one(r.getUserId(), freshness(r.getFreshness())),
                checks::peekPrivateChatMuted, checks::checkPrivateChatMuted,
                c -> IsPrivateChatMutedResponse.newBuilder().setMuted(c.value().get(0).listed()).setCache(info(c)).build());
    }

    @Override
    public Uni<BatchIsPrivateChatMutedResponse> batchIsPrivateChatMuted(BatchIsPrivateChatMutedRequest r) {
        return answer(() -> new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekPrivateChatMuted, checks::checkPrivateChatMuted, c -> {
                    BatchIsPrivateChatMutedResponse.Builder b = BatchIsPrivateChatMutedResponse.newBuilder().setCache(info(c));
                    c.value().forEach(m -> b.addUsers(membership(m)));
                    return b.build();
                });
    }

    @Override
    public Uni<IsMutedInGroupResponse> isMutedInGroup(IsMutedInGroupRequest r) {
        return answer(() -> CheckGroupCommand.one(r.getGroupId(), r.getUserId(), freshness(r.getFreshness())),
                checks::peekMutedInGroup, checks::checkMutedInGroup,
                c -> IsMutedInGroupResponse.newBuilder().setState(groupMute(c.value().get(0))).setCache(info(c)).build());
    }

    @Override
    public Uni<BatchIsMutedInGroupResponse> batchIsMutedInGroup(BatchIsMutedInGroupRequest r) {
        return answer(() -> new CheckGroupCommand(r.getGroupId(), r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekMutedInGroup, checks::checkMutedInGroup, c -> {
                    BatchIsMutedInGroupResponse.Builder b = BatchIsMutedInGroupResponse.newBuilder().setCache(info(c));
                    c.value().forEach(s -> b.addStates(groupMute(s)));
                    return b.build();
                });
    }

    @Override
    public Uni<IsMutedInChatroomResponse> isMutedInChatroom(IsMutedInChatroomRequest r) {
        return answer(() -> CheckChatroomCommand.one(r.getChatroomId(), r.getUserId(), freshness(r.getFreshness())),
                checks::peekMutedInChatroom, checks::checkMutedInChatroom,
                c -> IsMutedInChatroomResponse.newBuilder().setState(chatroomMute(c.value().get(0))).setCache(info(c)).build());
    }

    @Override
    public Uni<BatchIsMutedInChatroomResponse> batchIsMutedInChatroom(BatchIsMutedInChatroomRequest r) {
        return answer(() -> new CheckChatroomCommand(r.getChatroomId(), r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekMutedInChatroom, checks::checkMutedInChatroom, c -> {
                    BatchIsMutedInChatroomResponse.Builder b = BatchIsMutedInChatroomResponse.newBuilder().setCache(info(c));
                    c.value().forEach(s -> b.addStates(chatroomMute(s)));
                    return b.build();
                });
    }

    @Override
    public Uni<IsBannedFromChatroomResponse> isBannedFromChatroom(IsBannedFromChatroomRequest r) {
        return answer(() -> CheckChatroomCommand.one(r.getChatroomId(), r.getUserId(), freshness(r.getFreshness())),
                checks::peekBannedFromChatroom, checks::checkBannedFromChatroom,
                c -> IsBannedFromChatroomResponse.newBuilder().setState(chatroomBan(c.value().get(0))).setCache(info(c)).build());
    }

    @Override
    public Uni<BatchIsBannedFromChatroomResponse> batchIsBannedFromChatroom(BatchIsBannedFromChatroomRequest r) {
        return answer(() -> new CheckChatroomCommand(r.getChatroomId(), r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekBannedFromChatroom, checks::checkBannedFromChatroom, c -> {
                    BatchIsBannedFromChatroomResponse.Builder b = BatchIsBannedFromChatroomResponse.newBuilder().setCache(info(c));
                    c.value().forEach(s -> b.addStates(chatroomBan(s)));
                    return b.build();
                });
    }

    @Override
    public Uni<IsMutedInUltraGroupResponse> isMutedInUltraGroup(IsMutedInUltraGroupRequest r) {
        return answer(() -> CheckUltraGroupCommand.one(r.getGroupId(), Optional.of(r.getChannelId()), r.getUserId(),
                        freshness(r.getFreshness())),
                checks::peekMutedInUltraGroup, checks::checkMutedInUltraGroup,
                c -> IsMutedInUltraGroupResponse.newBuilder().setState(ultraGroupMute(c.value().get(0))).setCache(info(c)).build());
    }

    @Override
    public Uni<BatchIsMutedInUltraGroupResponse> batchIsMutedInUltraGroup(BatchIsMutedInUltraGroupRequest r) {
        return answer(() -> new CheckUltraGroupCommand(r.getGroupId(), Optional.of(r.getChannelId()), r.getUserIdsList(),
                        freshness(r.getFreshness())),
                checks::peekMutedInUltraGroup, checks::checkMutedInUltraGroup, c -> {
                    BatchIsMutedInUltraGroupResponse.Builder b = BatchIsMutedInUltraGroupResponse.newBuilder().setCache(info(c));
                    c.value().forEach(s -> b.addStates(ultraGroupMute(s)));
                    return b.build();
                });
    }

    @Override
    public Uni<GetCachedUserInfoResponse> getCachedUserInfo(GetCachedUserInfoRequest r) {
        return answer(() -> CheckUsersCommand.one(r.getUserId(), freshness(r.getFreshness())),
                checks::peekUserInfo, checks::userInfo, c -> {
                    GetCachedUserInfoResponse.Builder b = GetCachedUserInfoResponse.newBuilder().setUserId(r.getUserId())
                            .setCache(info(c));
                    c.value().ifPresent(u -> {
                        b.setFound(true).setName(u.name()).setPortraitUri(u.portraitUri().orElse(""));
                        u.createTime().ifPresent(t -> b.setCreateTime(ProtoTime.of(t)));
                    });
                    return b.build();
                });
    }

    @Override
    public Uni<BatchGetCachedUserProfilesResponse> batchGetCachedUserProfiles(BatchGetCachedUserProfilesRequest r) {
        return answer(() -> new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekUserProfiles, checks::userProfiles, c -> {
                    BatchGetCachedUserProfilesResponse.Builder b = BatchGetCachedUserProfilesResponse.newBuilder()
                            .addAllMissingUserIds(c.value().missing()).setCache(info(c));
                    c.value().found().forEach(p -> b.addProfiles(UserProfileGrpcService.toProto(p)));
                    return b.build();
                });
    }

    @Override
    public Uni<GetCachedUserTagsResponse> getCachedUserTags(GetCachedUserTagsRequest r) {
        return answer(() -> new CheckUsersCommand(r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekUserTags, checks::userTags, c -> {
                    GetCachedUserTagsResponse.Builder b = GetCachedUserTagsResponse.newBuilder().setCache(info(c));
                    c.value().forEach((u, tags) -> b.addUsers(CachedUserTags.newBuilder().setUserId(u).addAllTags(tags)));
                    return b.build();
                });
    }

    @Override
    public Uni<BatchGetCachedGroupsResponse> batchGetCachedGroups(BatchGetCachedGroupsRequest r) {
        return answer(() -> new CheckGroupsCommand(r.getGroupIdsList(), freshness(r.getFreshness())),
                checks::peekGroups, checks::groups, c -> {
                    BatchGetCachedGroupsResponse.Builder b = BatchGetCachedGroupsResponse.newBuilder()
                            .addAllMissingGroupIds(c.value().missing()).setCache(info(c));
                    c.value().found().forEach(g -> b.addGroups(EntrustGroupMessages.group(g)));
                    return b.build();
                });
    }

    @Override
    public Uni<BatchGetCachedGroupMembersResponse> batchGetCachedGroupMembers(BatchGetCachedGroupMembersRequest r) {
        return answer(() -> new CheckGroupCommand(r.getGroupId(), r.getUserIdsList(), freshness(r.getFreshness())),
                checks::peekGroupMembers, checks::groupMembers, c -> {
                    BatchGetCachedGroupMembersResponse.Builder b = BatchGetCachedGroupMembersResponse.newBuilder()
                            .addAllMissingUserIds(c.value().missing()).setCache(info(c));
                    c.value().found().forEach(m -> b.addMembers(EntrustGroupMessages.member(m)));
                    return b.build();
                });
    }

    /**
     * A cache hit is answered on the calling (event-loop) thread, from cached entries only ({@code peek}: no load,
     * no wait, no upstream call); a miss, a refused staleness or a bypass is answered by {@code load} on a worker
     * thread (it may call upstream and wait for a load).
     */
    private static <C, V, R> Uni<R> answer(Supplier<C> command, Function<C, Optional<Checked<V>>> peek,
                                           BiFunction<CallContext, C, Checked<V>> load, Function<Checked<V>, R> reply) {
        return GrpcCalls.fastOrBlocking(command, c -> peek.apply(c).map(reply), (ctx, c) -> reply.apply(load.apply(ctx, c)));
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

    private static ChatroomMuteState chatroomMute(ChatroomMuteCheck m) {
        ChatroomMuteReason reason = switch (m.reason()) {
            case NONE -> ChatroomMuteReason.CHATROOM_MUTE_REASON_UNSPECIFIED;
            case MEMBER_MUTED -> ChatroomMuteReason.CHATROOM_MUTE_REASON_MEMBER_MUTED;
            case MUTED_IN_ALL_CHATROOMS -> ChatroomMuteReason.CHATROOM_MUTE_REASON_MUTED_IN_ALL_CHATROOMS;
            case CHATROOM_MUTED_FOR_ALL -> ChatroomMuteReason.CHATROOM_MUTE_REASON_CHATROOM_MUTED_FOR_ALL;
        };
        ChatroomMuteState.Builder s = ChatroomMuteState.newBuilder().setUserId(m.userId()).setMuted(m.muted()).setReason(reason);
        m.endTime().ifPresent(t -> s.setMuteEndTime(ProtoTime.of(t)));
        return s.build();
    }

    private static ChatroomBanState chatroomBan(BlockCheck b) {
        ChatroomBanState.Builder s = ChatroomBanState.newBuilder().setUserId(b.userId()).setBanned(b.blocked());
        b.blockEndTime().ifPresent(t -> s.setBanEndTime(ProtoTime.of(t)));
        return s.build();
    }

    private static UltraGroupMuteState ultraGroupMute(UltraGroupMuteCheck m) {
        UltraGroupMuteReason reason = switch (m.reason()) {
            case NONE -> UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_UNSPECIFIED;
            case MEMBER_MUTED -> UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED;
            case MEMBER_MUTED_IN_CHANNEL -> UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED_IN_CHANNEL;
            case GROUP_MUTED_FOR_ALL -> UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL;
            case CHANNEL_MUTED_FOR_ALL -> UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_CHANNEL_MUTED_FOR_ALL;
        };
        return UltraGroupMuteState.newBuilder().setUserId(m.userId()).setMuted(m.muted()).setReason(reason).build();
    }
}
