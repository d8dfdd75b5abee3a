package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.EndToEnd.uid;

import com.google.protobuf.Duration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.userlists.UserListState;
import rongcloud.gateway.proto.v1.AddGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.AddUsersToAllowlistRequest;
import rongcloud.gateway.proto.v1.AddUsersToBlacklistRequest;
import rongcloud.gateway.proto.v1.BatchGetCachedGroupMembersRequest;
import rongcloud.gateway.proto.v1.BatchGetCachedGroupsRequest;
import rongcloud.gateway.proto.v1.BatchGetCachedUserProfilesRequest;
import rongcloud.gateway.proto.v1.BatchIsBlacklistedRequest;
import rongcloud.gateway.proto.v1.BatchIsMutedInGroupRequest;
import rongcloud.gateway.proto.v1.BatchIsPrivateChatMutedRequest;
import rongcloud.gateway.proto.v1.BatchIsUserBlockedRequest;
import rongcloud.gateway.proto.v1.BlockUsersRequest;
import rongcloud.gateway.proto.v1.CacheSource;
import rongcloud.gateway.proto.v1.CheckServiceGrpc;
import rongcloud.gateway.proto.v1.CheckServiceGrpc.CheckServiceBlockingStub;
import rongcloud.gateway.proto.v1.CreateEntrustGroupRequest;
import rongcloud.gateway.proto.v1.CreateGroupRequest;
import rongcloud.gateway.proto.v1.EntrustGroupServiceGrpc;
import rongcloud.gateway.proto.v1.Freshness;
import rongcloud.gateway.proto.v1.GetCachedUserInfoRequest;
import rongcloud.gateway.proto.v1.GetCachedUserTagsRequest;
import rongcloud.gateway.proto.v1.GroupMuteReason;
import rongcloud.gateway.proto.v1.GroupMuteServiceGrpc;
import rongcloud.gateway.proto.v1.GroupServiceGrpc;
import rongcloud.gateway.proto.v1.IsAllowlistedRequest;
import rongcloud.gateway.proto.v1.IsBlacklistedRequest;
import rongcloud.gateway.proto.v1.IsBlacklistedResponse;
import rongcloud.gateway.proto.v1.IsMutedInGroupRequest;
import rongcloud.gateway.proto.v1.IsUserBlockedRequest;
import rongcloud.gateway.proto.v1.IsUserBlockedResponse;
import rongcloud.gateway.proto.v1.MuteAllGroupMembersRequest;
import rongcloud.gateway.proto.v1.MuteGroupMembersRequest;
import rongcloud.gateway.proto.v1.PrivateChatListMode;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.RemoveUsersFromBlacklistRequest;
import rongcloud.gateway.proto.v1.SetPrivateChatListModeRequest;
import rongcloud.gateway.proto.v1.SetPrivateChatMuteRequest;
import rongcloud.gateway.proto.v1.SetUserProfileRequest;
import rongcloud.gateway.proto.v1.SetUserTagsRequest;
import rongcloud.gateway.proto.v1.UnblockUsersRequest;
import rongcloud.gateway.proto.v1.UpdateUserInfoRequest;
import rongcloud.gateway.proto.v1.UserListServiceGrpc;
import rongcloud.gateway.proto.v1.UserProfile;
import rongcloud.gateway.proto.v1.UserProfileServiceGrpc;
import rongcloud.gateway.proto.v1.UserServiceGrpc;

/**
 * CheckService through gRPC → gateway caches → (on a miss) emulator: answers, source and age, write-through
 * invalidation by the gateway's own mutations, one upstream call for 100 concurrent misses (emulator request count),
 * bypass and max staleness against a change made outside the gateway, TTL expiry (user tags: 1 s in this profile).
 */
@QuarkusTest
@TestProfile(CheckEndToEndTest.ShortTagTtl.class)
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class CheckEndToEndTest {
    private static GatewayClient client;

    public static class ShortTagTtl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.cache.kinds.user-tags.ttl", "1s");
        }
    }

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static CheckServiceBlockingStub checks() {
        return client.stub(CheckServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static int calls(String path) {
        return emulator().requests().count(path);
    }

    private static String register() {
        String u = uid();
        client.stub(UserServiceGrpc.newBlockingStub(client.channel)).registerUser(RegisterUserRequest.newBuilder()
                .setUserId(u).setName("Name " + u).build());
        return u;
    }

    private static String gid() {
        return "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void blockedUsersAreFetchedOnceAndTheGatewaysOwnBlockInvalidatesThem() {
        String a = register();
        String b = register();
        var users = client.stub(UserServiceGrpc.newBlockingStub(client.channel));
        users.blockUsers(BlockUsersRequest.newBuilder().addUserIds(a).setMinutes(10).build());

        int before = calls("/user/block/query.json");
        IsUserBlockedResponse first = checks().isUserBlocked(IsUserBlockedRequest.newBuilder().setUserId(a).build());
        assertThat(first.getState().getBlocked()).isTrue();
        assertThat(first.getState().hasBlockEndTime()).isTrue();
        assertThat(first.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);

        var batch = checks().batchIsUserBlocked(BatchIsUserBlockedRequest.newBuilder().addUserIds(a).addUserIds(b).build());
        assertThat(batch.getStatesList()).extracting(s -> s.getBlocked()).containsExactly(true, false);
        assertThat(batch.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        assertThat(calls("/user/block/query.json")).as("one load answers every question").isEqualTo(before + 1);

        users.unblockUsers(UnblockUsersRequest.newBuilder().addUserIds(a).build());
        IsUserBlockedResponse after = checks().isUserBlocked(IsUserBlockedRequest.newBuilder().setUserId(a).build());
        assertThat(after.getState().getBlocked()).as("write-through invalidation").isFalse();
        assertThat(after.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
    }

    @Test
    void blacklistAllowlistAndModeAnswers() {
        String owner = uid();
        String a = uid();
        String b = uid();
        var lists = client.stub(UserListServiceGrpc.newBlockingStub(client.channel));
        lists.addUsersToBlacklist(AddUsersToBlacklistRequest.newBuilder().setUserId(owner).addTargetUserIds(a).build());
        var batch = checks().batchIsBlacklisted(BatchIsBlacklistedRequest.newBuilder().setOwnerUserId(owner)
                .addTargetUserIds(a).addTargetUserIds(b).build());
        assertThat(batch.getTargetsList()).extracting(t -> t.getListed()).containsExactly(true, false);

        lists.removeUsersFromBlacklist(RemoveUsersFromBlacklistRequest.newBuilder().setUserId(owner).addTargetUserIds(a).build());
        assertThat(checks().isBlacklisted(IsBlacklistedRequest.newBuilder().setOwnerUserId(owner).setTargetUserId(a).build())
                .getBlacklisted()).isFalse();

        lists.addUsersToAllowlist(AddUsersToAllowlistRequest.newBuilder().setUserId(owner).addTargetUserIds(b).build());
        var allow = checks().isAllowlisted(IsAllowlistedRequest.newBuilder().setOwnerUserId(owner).setTargetUserId(b).build());
        assertThat(allow.getAllowlisted()).isTrue();
        assertThat(allow.getAllowlistMode()).isFalse();
        lists.setPrivateChatListMode(SetPrivateChatListModeRequest.newBuilder().addUserIds(owner)
                .setMode(PrivateChatListMode.PRIVATE_CHAT_LIST_MODE_ALLOWLIST).build());
        assertThat(checks().isAllowlisted(IsAllowlistedRequest.newBuilder().setOwnerUserId(owner).setTargetUserId(a).build()))
                .satisfies(r -> {
                    assertThat(r.getAllowlisted()).isFalse();
                    assertThat(r.getAllowlistMode()).isTrue();
                });
    }

    @Test
    void privateChatMutes() {
        String a = register();
        String b = register();
        var users = client.stub(UserServiceGrpc.newBlockingStub(client.channel));
        assertThat(checks().batchIsPrivateChatMuted(BatchIsPrivateChatMutedRequest.newBuilder().addUserIds(a).build())
                .getUsers(0).getListed()).isFalse();
        users.setPrivateChatMute(SetPrivateChatMuteRequest.newBuilder().addUserIds(a).setMuted(true).build());
        var r = checks().batchIsPrivateChatMuted(BatchIsPrivateChatMutedRequest.newBuilder().addUserIds(a).addUserIds(b).build());
        assertThat(r.getUsersList()).extracting(m -> m.getListed()).containsExactly(true, false);
    }

    @Test
    void groupMutesCombineMemberMuteMuteAllAndItsAllowList() {
        String g = gid();
        String a = register();
        String b = register();
        String c = register();
        client.stub(GroupServiceGrpc.newBlockingStub(client.channel)).createGroup(CreateGroupRequest.newBuilder()
                .setGroupId(g).setGroupName("G").addUserIds(a).addUserIds(b).addUserIds(c).build());
        var mutes = client.stub(GroupMuteServiceGrpc.newBlockingStub(client.channel));
        var none = checks().isMutedInGroup(IsMutedInGroupRequest.newBuilder().setGroupId(g).setUserId(a).build());
        assertThat(none.getState().getMuted()).isFalse();

        mutes.muteGroupMembers(MuteGroupMembersRequest.newBuilder().setGroupId(g).addUserIds(a).setMinutes(10).build());
        mutes.muteAllGroupMembers(MuteAllGroupMembersRequest.newBuilder().addGroupIds(g).build());
        mutes.addGroupMuteWhitelist(AddGroupMuteWhitelistRequest.newBuilder().setGroupId(g).addUserIds(c).build());
        var states = checks().batchIsMutedInGroup(BatchIsMutedInGroupRequest.newBuilder().setGroupId(g)
                .addUserIds(a).addUserIds(b).addUserIds(c).build()).getStatesList();
        assertThat(states).extracting(s -> s.getReason()).containsExactly(GroupMuteReason.GROUP_MUTE_REASON_MEMBER_MUTED,
                GroupMuteReason.GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL, GroupMuteReason.GROUP_MUTE_REASON_UNSPECIFIED);
        assertThat(states).extracting(s -> s.getMuted()).containsExactly(true, true, false);
    }

    @Test
    void userInfoIsCachedUnknownUsersNegativelyAndAnUpdateInvalidatesIt() {
        String a = register();
        var info = checks().getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId(a).build());
        assertThat(info.getFound()).isTrue();
        assertThat(info.getName()).isEqualTo("Name " + a);
        client.stub(UserServiceGrpc.newBlockingStub(client.channel)).updateUserInfo(UpdateUserInfoRequest.newBuilder()
                .setUserId(a).setName("Renamed").build());
        assertThat(checks().getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId(a).build()).getName())
                .isEqualTo("Renamed");

        String unknown = uid();
        int before = calls("/user/info.json");
        assertThat(checks().getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId(unknown).build()).getFound()).isFalse();
        var again = checks().getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId(unknown).build());
        assertThat(again.getFound()).isFalse();
        assertThat(again.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        assertThat(calls("/user/info.json")).as("negative result cached").isEqualTo(before + 1);
    }

    @Test
    void profilesAndGroupsAreReadInBatchesWithTheMissingNamed() {
        String a = register();
        String nobody = uid();
        client.stub(UserProfileServiceGrpc.newBlockingStub(client.channel)).setUserProfile(SetUserProfileRequest.newBuilder()
                .setUserId(a).setProfile(UserProfile.newBuilder().setName("Alice")).build());
        var profiles = checks().batchGetCachedUserProfiles(BatchGetCachedUserProfilesRequest.newBuilder()
                .addUserIds(a).addUserIds(nobody).build());
        assertThat(profiles.getProfilesList()).extracting(p -> p.getProfile().getName()).containsExactly("Alice");
        assertThat(profiles.getMissingUserIdsList()).containsExactly(nobody);

        String g = gid();
        String owner = register();
        String member = register();
        client.stub(EntrustGroupServiceGrpc.newBlockingStub(client.channel)).createEntrustGroup(CreateEntrustGroupRequest
                .newBuilder().setGroupId(g).setName("Group").setOwnerId(owner).addUserIds(member).build());
        String missingGroup = gid();
        var groups = checks().batchGetCachedGroups(BatchGetCachedGroupsRequest.newBuilder().addGroupIds(g)
                .addGroupIds(missingGroup).build());
        assertThat(groups.getGroupsList()).extracting(x -> x.getName()).containsExactly("Group");
        assertThat(groups.getMissingGroupIdsList()).containsExactly(missingGroup);
        var members = checks().batchGetCachedGroupMembers(BatchGetCachedGroupMembersRequest.newBuilder().setGroupId(g)
                .addUserIds(member).addUserIds(nobody).build());
        assertThat(members.getMembersList()).extracting(m -> m.getUserId()).containsExactly(member);
        assertThat(members.getMissingUserIdsList()).containsExactly(nobody);
    }

    @Test
    void aStampedeOfHundredConcurrentMissesMakesOneUpstreamCall() throws Exception {
        String owner = uid();
        String target = uid();
        int before = calls("/user/blacklist/query.json");
        int n = 100;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<IsBlacklistedResponse>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit((Callable<IsBlacklistedResponse>) () -> {
                    go.await();
                    return checks().isBlacklisted(IsBlacklistedRequest.newBuilder().setOwnerUserId(owner)
                            .setTargetUserId(target).build());
                }));
            }
            go.countDown();
            for (Future<IsBlacklistedResponse> f : answers) {
                assertThat(f.get().getBlacklisted()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls("/user/blacklist/query.json") - before).as("upstream calls for 100 concurrent misses").isEqualTo(1);
    }

    @Test
    void hitsAreAnsweredWithoutUpstreamCallsAndAMissStillLoadsOnce() throws Exception {
        String owner = register();
        String target = register();
        client.stub(UserListServiceGrpc.newBlockingStub(client.channel)).addUsersToBlacklist(
                AddUsersToBlacklistRequest.newBuilder().setUserId(owner).addTargetUserIds(target).build());
        IsBlacklistedRequest ask = IsBlacklistedRequest.newBuilder().setOwnerUserId(owner).setTargetUserId(target).build();

        int before = calls("/user/blacklist/query.json");
        // The miss is loaded on a worker thread (an upstream call on the event loop would fail: Quarkus refuses it).
        var miss = checks().isBlacklisted(ask);
        assertThat(miss.getBlacklisted()).isTrue();
        assertThat(miss.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(calls("/user/blacklist/query.json")).as("the miss loads once").isEqualTo(before + 1);

        // Hits (answered on the event loop, from the cache only), 200 of them from 8 threads at once.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<IsBlacklistedResponse>> hits = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                hits.add(pool.submit(() -> checks().isBlacklisted(ask)));
            }
            for (Future<IsBlacklistedResponse> h : hits) {
                assertThat(h.get().getBlacklisted()).isTrue();
                assertThat(h.get().getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(calls("/user/blacklist/query.json")).as("hits make no upstream call").isEqualTo(before + 1);

        // A bypass is not answered from the cache: one upstream call, on a worker thread.
        var fresh = checks().isBlacklisted(ask.toBuilder().setFreshness(Freshness.newBuilder().setBypassCache(true)).build());
        assertThat(fresh.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(calls("/user/blacklist/query.json")).isEqualTo(before + 2);

        // A batch read of profiles: a miss for the unknown ids once, then a hit (negative entries included).
        int profilesBefore = calls("/user/profile/batch/query.json");
        var batch = BatchGetCachedUserProfilesRequest.newBuilder().addUserIds(owner).addUserIds(uid()).build();
        assertThat(checks().batchGetCachedUserProfiles(batch).getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(checks().batchGetCachedUserProfiles(batch).getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        assertThat(calls("/user/profile/batch/query.json")).isEqualTo(profilesBefore + 1);
    }

    @Test
    void bypassAndMaxStalenessSeeAChangeMadeOutsideTheGateway() throws Exception {
        String owner = uid();
        String a = uid();
        client.stub(UserListServiceGrpc.newBlockingStub(client.channel)).addUsersToBlacklist(AddUsersToBlacklistRequest
                .newBuilder().setUserId(owner).addTargetUserIds(a).build());
        IsBlacklistedRequest ask = IsBlacklistedRequest.newBuilder().setOwnerUserId(owner).setTargetUserId(a).build();
        assertThat(checks().isBlacklisted(ask).getBlacklisted()).isTrue();

        emulator().state(UserListState.class).reset(); // outside the gateway: no invalidation
        var cached = checks().isBlacklisted(ask);
        assertThat(cached.getBlacklisted()).as("cached, stale").isTrue();
        assertThat(cached.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);

        Thread.sleep(30);
        var withinBound = checks().isBlacklisted(ask.toBuilder().setFreshness(Freshness.newBuilder()
                .setMaxStaleness(Duration.newBuilder().setSeconds(60))).build());
        assertThat(withinBound.getBlacklisted()).isTrue();
        var tooOld = checks().isBlacklisted(ask.toBuilder().setFreshness(Freshness.newBuilder()
                .setMaxStaleness(Duration.newBuilder().setNanos(10_000_000))).build());
        assertThat(tooOld.getBlacklisted()).as("older than 10 ms: loaded again").isFalse();
        assertThat(tooOld.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);

        int before = calls("/user/blacklist/query.json");
        var fresh = checks().isBlacklisted(ask.toBuilder().setFreshness(Freshness.newBuilder().setBypassCache(true)).build());
        assertThat(fresh.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(calls("/user/blacklist/query.json")).isEqualTo(before + 1);
        var cachedAgain = checks().isBlacklisted(ask);
        assertThat(cachedAgain.getCache().getSource()).as("the bypass refreshed the cache").isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
    }

    @Test
    void tagsExpireAfterTheirTtlAndAreFetchedAgain() throws Exception {
        String a = register();
        client.stub(UserServiceGrpc.newBlockingStub(client.channel)).setUserTags(SetUserTagsRequest.newBuilder()
                .setUserId(a).addTags("vip").build());
        int before = calls("/user/tags/get.json");
        var first = checks().getCachedUserTags(GetCachedUserTagsRequest.newBuilder().addUserIds(a).build());
        assertThat(first.getUsers(0).getTagsList()).containsExactly("vip");
        assertThat(checks().getCachedUserTags(GetCachedUserTagsRequest.newBuilder().addUserIds(a).build())
                .getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        assertThat(calls("/user/tags/get.json")).isEqualTo(before + 1);
        Thread.sleep(1300); // ttl 1 s in this profile
        var expired = checks().getCachedUserTags(GetCachedUserTagsRequest.newBuilder().addUserIds(a).build());
        assertThat(expired.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(calls("/user/tags/get.json")).as("re-fetched after the TTL").isEqualTo(before + 2);
    }

    @Test
    void badInputIsRejectedWithoutUpstreamCall() {
        assertInvalidWithoutUpstreamCall(() -> checks().isUserBlocked(IsUserBlockedRequest.getDefaultInstance()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> checks().isBlacklisted(IsBlacklistedRequest.newBuilder()
                .setOwnerUserId("o").build()), "target_user_id");
        assertInvalidWithoutUpstreamCall(() -> checks().isBlacklisted(IsBlacklistedRequest.newBuilder()
                .setOwnerUserId("o").setTargetUserId("t").setFreshness(Freshness.newBuilder()
                        .setMaxStaleness(Duration.newBuilder().setSeconds(-1))).build()), "freshness.max_staleness");
        assertInvalidWithoutUpstreamCall(() -> checks().isMutedInGroup(IsMutedInGroupRequest.newBuilder()
                .setUserId("u").build()), "group_id");
    }
}
