package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.EndToEnd.uid;

import com.google.protobuf.Duration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.chatroom.ChatroomState;
import rongcloud.emulator.ultragroup.UltraGroupState;
import rongcloud.gateway.proto.v1.AddChatroomMuteAllExceptionsRequest;
import rongcloud.gateway.proto.v1.AddUltraGroupMuteWhitelistRequest;
import rongcloud.gateway.proto.v1.BatchIsBannedFromChatroomRequest;
import rongcloud.gateway.proto.v1.BatchIsMutedInChatroomRequest;
import rongcloud.gateway.proto.v1.BatchIsMutedInUltraGroupRequest;
import rongcloud.gateway.proto.v1.BlockChatroomMembersRequest;
import rongcloud.gateway.proto.v1.CacheSource;
import rongcloud.gateway.proto.v1.ChatroomMuteReason;
import rongcloud.gateway.proto.v1.ChatroomMuteState;
import rongcloud.gateway.proto.v1.ChatroomServiceGrpc;
import rongcloud.gateway.proto.v1.ChatroomServiceGrpc.ChatroomServiceBlockingStub;
import rongcloud.gateway.proto.v1.CheckServiceGrpc;
import rongcloud.gateway.proto.v1.CheckServiceGrpc.CheckServiceBlockingStub;
import rongcloud.gateway.proto.v1.CreateChatroomRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupChannelRequest;
import rongcloud.gateway.proto.v1.CreateUltraGroupRequest;
import rongcloud.gateway.proto.v1.DestroyChatroomRequest;
import rongcloud.gateway.proto.v1.DismissUltraGroupRequest;
import rongcloud.gateway.proto.v1.Freshness;
import rongcloud.gateway.proto.v1.IsBannedFromChatroomRequest;
import rongcloud.gateway.proto.v1.IsBannedFromChatroomResponse;
import rongcloud.gateway.proto.v1.IsMutedInChatroomRequest;
import rongcloud.gateway.proto.v1.IsMutedInUltraGroupRequest;
import rongcloud.gateway.proto.v1.JoinUltraGroupRequest;
import rongcloud.gateway.proto.v1.MuteAllChatroomMembersRequest;
import rongcloud.gateway.proto.v1.MuteChatroomMembersRequest;
import rongcloud.gateway.proto.v1.MuteUltraGroupUsersRequest;
import rongcloud.gateway.proto.v1.MuteUsersInAllChatroomsRequest;
import rongcloud.gateway.proto.v1.SetUltraGroupMuteAllRequest;
import rongcloud.gateway.proto.v1.UltraGroupChannelType;
import rongcloud.gateway.proto.v1.UltraGroupMuteReason;
import rongcloud.gateway.proto.v1.UltraGroupMuteState;
import rongcloud.gateway.proto.v1.UltraGroupServiceGrpc;
import rongcloud.gateway.proto.v1.UltraGroupServiceGrpc.UltraGroupServiceBlockingStub;
import rongcloud.gateway.proto.v1.UnblockChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteAllChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteChatroomMembersRequest;
import rongcloud.gateway.proto.v1.UnmuteUltraGroupUsersRequest;
import rongcloud.gateway.proto.v1.UnmuteUsersInAllChatroomsRequest;

/**
 * CheckService's chatroom and ultra-group questions through gRPC → gateway caches → (on a miss) emulator: the
 * reasons (checked against the emulator's own "may speak" rule), end times, source CACHE with no upstream request on
 * the second ask, write-through invalidation by the gateway's mutations (including destroying a chatroom and
 * dismissing an ultra group), one upstream call for concurrent misses, negative caching of a missing chatroom,
 * max_staleness and bypass against changes made directly in the emulator, and bad input.
 */
@QuarkusTest
@TestProfile(CheckEndToEndTest.ShortTagTtl.class)
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class RoomCheckEndToEndTest {
    private static final List<String> ULTRAGROUP_MUTE_PATHS = List.of("/ultragroup/userbanned/get.json",
            "/ultragroup/globalbanned/get.json", "/ultragroup/banned/whitelist/get.json");

    private static GatewayClient client;

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

    private static ChatroomServiceBlockingStub rooms() {
        return client.stub(ChatroomServiceGrpc.newBlockingStub(client.channel));
    }

    private static UltraGroupServiceBlockingStub ug() {
        return client.stub(UltraGroupServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static ChatroomState roomState() {
        return emulator().state(ChatroomState.class);
    }

    private static int calls(String path) {
        return emulator().requests().count(path);
    }

    private static int calls(List<String> paths) {
        return paths.stream().mapToInt(RoomCheckEndToEndTest::calls).sum();
    }

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String room() {
        String id = id("r");
        rooms().createChatroom(CreateChatroomRequest.newBuilder().setChatroomId(id).build());
        return id;
    }

    private static String ultraGroup(String... users) {
        String g = id("g");
        ug().createUltraGroup(CreateUltraGroupRequest.newBuilder().setGroupId(g).setUserId(users[0])
                .setGroupName("Name " + g).build());
        for (int i = 1; i < users.length; i++) {
            ug().joinUltraGroup(JoinUltraGroupRequest.newBuilder().setGroupId(g).setUserId(users[i]).build());
        }
        return g;
    }

    private static List<ChatroomMuteState> roomMutes(String room, List<String> users) {
        return checks().batchIsMutedInChatroom(BatchIsMutedInChatroomRequest.newBuilder().setChatroomId(room)
                .addAllUserIds(users).build()).getStatesList();
    }

    private static List<UltraGroupMuteState> ugMutes(String g, String channel, List<String> users) {
        return checks().batchIsMutedInUltraGroup(BatchIsMutedInUltraGroupRequest.newBuilder().setGroupId(g)
                .setChannelId(channel).addAllUserIds(users).build()).getStatesList();
    }

    /** The same question asked twice: the second answer comes from the cache, with no upstream request at all. */
    private static <T> T askedAgainFromCache(Supplier<T> ask, java.util.function.Function<T, CacheSource> source) {
        long before = emulator().requests().total();
        T again = ask.get();
        assertThat(source.apply(again)).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        assertThat(emulator().requests().total()).as("a hit makes no upstream request").isEqualTo(before);
        return again;
    }

    // ---- chatrooms ----

    @Test
    void chatroomMutesCombineMemberMuteAppWideMuteMuteAllAndItsExceptions() {
        String r = room();
        String a = uid();
        String b = uid();
        String c = uid();
        String d = uid();
        List<String> users = List.of(a, b, c, d);

        int gagBefore = calls("/chatroom/user/gag/list.json");
        int checkBefore = calls("/chatroom/ban/check.json");
        int exceptionsBefore = calls("/chatroom/user/ban/whitelist/query.json");
        var none = checks().batchIsMutedInChatroom(BatchIsMutedInChatroomRequest.newBuilder().setChatroomId(r)
                .addAllUserIds(users).build());
        assertThat(none.getStatesList()).extracting(ChatroomMuteState::getMuted).containsOnly(false);
        assertThat(none.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(calls("/chatroom/user/gag/list.json")).isEqualTo(gagBefore + 1);
        assertThat(calls("/chatroom/ban/check.json")).isEqualTo(checkBefore + 1);
        assertThat(calls("/chatroom/user/ban/whitelist/query.json")).as("no exception list while not muted for all")
                .isEqualTo(exceptionsBefore);
        askedAgainFromCache(() -> checks().isMutedInChatroom(IsMutedInChatroomRequest.newBuilder().setChatroomId(r)
                .setUserId(a).build()), x -> x.getCache().getSource());

        rooms().muteChatroomMembers(MuteChatroomMembersRequest.newBuilder().setChatroomId(r).addUserIds(a)
                .setMinutes(10).build());
        rooms().muteUsersInAllChatrooms(MuteUsersInAllChatroomsRequest.newBuilder().addUserIds(b).setMinutes(5).build());
        rooms().muteAllChatroomMembers(MuteAllChatroomMembersRequest.newBuilder().setChatroomId(r).build());
        rooms().addChatroomMuteAllExceptions(AddChatroomMuteAllExceptionsRequest.newBuilder().setChatroomId(r)
                .addUserIds(c).build());
        try {
            var after = checks().batchIsMutedInChatroom(BatchIsMutedInChatroomRequest.newBuilder().setChatroomId(r)
                    .addAllUserIds(users).build());
            assertThat(after.getCache().getSource()).as("every mutation invalidated its list")
                    .isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
            List<ChatroomMuteState> states = after.getStatesList();
            assertThat(states).extracting(ChatroomMuteState::getReason).containsExactly(
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_MEMBER_MUTED,
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_MUTED_IN_ALL_CHATROOMS,
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_UNSPECIFIED,
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_CHATROOM_MUTED_FOR_ALL);
            for (ChatroomMuteState s : states) {
                assertThat(s.getMuted()).as("the emulator's rule for " + s.getUserId())
                        .isEqualTo(!roomState().maySpeak(r, s.getUserId()));
            }
            assertThat(states.get(0).getMuteEndTime().getSeconds()).isEqualTo(roomState().mutes(r).get(a).getEpochSecond());
            assertThat(states.get(1).getMuteEndTime().getSeconds()).isEqualTo(roomState().globalMutes().get(b).getEpochSecond());
            assertThat(states.get(3).hasMuteEndTime()).as("muted for all: no end").isFalse();
            askedAgainFromCache(() -> checks().batchIsMutedInChatroom(BatchIsMutedInChatroomRequest.newBuilder()
                    .setChatroomId(r).addAllUserIds(users).build()), x -> x.getCache().getSource());

            rooms().unmuteChatroomMembers(UnmuteChatroomMembersRequest.newBuilder().setChatroomId(r).addUserIds(a).build());
            rooms().unmuteAllChatroomMembers(UnmuteAllChatroomMembersRequest.newBuilder().setChatroomId(r).build());
            assertThat(roomMutes(r, users)).extracting(ChatroomMuteState::getReason).containsExactly(
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_UNSPECIFIED,
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_MUTED_IN_ALL_CHATROOMS,
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_UNSPECIFIED,
                    ChatroomMuteReason.CHATROOM_MUTE_REASON_UNSPECIFIED);
        } finally {
            rooms().unmuteUsersInAllChatrooms(UnmuteUsersInAllChatroomsRequest.newBuilder().addUserIds(b).build());
        }
        assertThat(roomMutes(r, users)).extracting(ChatroomMuteState::getMuted).containsOnly(false);
    }

    @Test
    void chatroomBansAreCachedWithTheirEndAndInvalidatedByBlockAndUnblock() {
        String r = room();
        String a = uid();
        String b = uid();
        IsBannedFromChatroomRequest askA = IsBannedFromChatroomRequest.newBuilder().setChatroomId(r).setUserId(a).build();
        assertThat(checks().isBannedFromChatroom(askA).getState().getBanned()).isFalse();

        rooms().blockChatroomMembers(BlockChatroomMembersRequest.newBuilder().setChatroomId(r).addUserIds(a)
                .setMinutes(30).build());
        int before = calls("/chatroom/user/block/list.json");
        var batch = checks().batchIsBannedFromChatroom(BatchIsBannedFromChatroomRequest.newBuilder().setChatroomId(r)
                .addUserIds(a).addUserIds(b).build());
        assertThat(batch.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(batch.getStatesList()).extracting(s -> s.getBanned()).containsExactly(true, false);
        assertThat(batch.getStates(0).getBanEndTime().getSeconds()).isEqualTo(roomState().blocks(r).get(a).getEpochSecond());
        assertThat(batch.getStates(1).hasBanEndTime()).isFalse();
        IsBannedFromChatroomResponse cached = askedAgainFromCache(() -> checks().isBannedFromChatroom(askA),
                x -> x.getCache().getSource());
        assertThat(cached.getState().getBanned()).isTrue();
        assertThat(calls("/chatroom/user/block/list.json")).as("one load answers every question").isEqualTo(before + 1);

        rooms().unblockChatroomMembers(UnblockChatroomMembersRequest.newBuilder().setChatroomId(r).addUserIds(a).build());
        var after = checks().isBannedFromChatroom(askA);
        assertThat(after.getState().getBanned()).as("write-through invalidation").isFalse();
        assertThat(after.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
    }

    @Test
    void destroyingOrCreatingAChatroomDropsItsEntriesAndAMissingChatroomIsCachedAsNotMuted() {
        String r = room();
        String a = uid();
        rooms().muteChatroomMembers(MuteChatroomMembersRequest.newBuilder().setChatroomId(r).addUserIds(a)
                .setMinutes(10).build());
        rooms().blockChatroomMembers(BlockChatroomMembersRequest.newBuilder().setChatroomId(r).addUserIds(a)
                .setMinutes(10).build());
        IsMutedInChatroomRequest muted = IsMutedInChatroomRequest.newBuilder().setChatroomId(r).setUserId(a).build();
        IsBannedFromChatroomRequest banned = IsBannedFromChatroomRequest.newBuilder().setChatroomId(r).setUserId(a).build();
        assertThat(checks().isMutedInChatroom(muted).getState().getMuted()).isTrue();
        assertThat(checks().isBannedFromChatroom(banned).getState().getBanned()).isTrue();

        rooms().destroyChatroom(DestroyChatroomRequest.newBuilder().addChatroomIds(r).build());
        var afterDestroy = checks().isMutedInChatroom(muted);
        assertThat(afterDestroy.getState().getMuted()).as("the chatroom is gone (23410): not muted").isFalse();
        assertThat(afterDestroy.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(checks().isBannedFromChatroom(banned).getState().getBanned()).isFalse();
        var negative = askedAgainFromCache(() -> checks().isMutedInChatroom(muted), x -> x.getCache().getSource());
        assertThat(negative.getState().getMuted()).isFalse();

        String vip = uid();
        rooms().createChatroom(CreateChatroomRequest.newBuilder().setChatroomId(r).setMuteAll(true)
                .addMuteAllExceptions(vip).build());
        var recreated = checks().batchIsMutedInChatroom(BatchIsMutedInChatroomRequest.newBuilder().setChatroomId(r)
                .addUserIds(a).addUserIds(vip).build());
        assertThat(recreated.getCache().getSource()).as("creating dropped the \"does not exist\" entries")
                .isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(recreated.getStatesList()).extracting(ChatroomMuteState::getReason).containsExactly(
                ChatroomMuteReason.CHATROOM_MUTE_REASON_CHATROOM_MUTED_FOR_ALL,
                ChatroomMuteReason.CHATROOM_MUTE_REASON_UNSPECIFIED);
    }

    @Test
    void concurrentMissesOfOneChatroomBanListMakeOneUpstreamCall() throws Exception {
        String r = room();
        String a = uid();
        int before = calls("/chatroom/user/block/list.json");
        int n = 50;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<IsBannedFromChatroomResponse>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit((Callable<IsBannedFromChatroomResponse>) () -> {
                    go.await();
                    return checks().isBannedFromChatroom(IsBannedFromChatroomRequest.newBuilder().setChatroomId(r)
                            .setUserId(a).build());
                }));
            }
            go.countDown();
            for (Future<IsBannedFromChatroomResponse> f : answers) {
                assertThat(f.get().getState().getBanned()).isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls("/chatroom/user/block/list.json") - before).as("upstream calls for 50 concurrent misses")
                .isEqualTo(1);
    }

    @Test
    void chatroomBypassAndMaxStalenessSeeAChangeMadeInTheEmulator() throws Exception {
        String r = room();
        String a = uid();
        rooms().muteChatroomMembers(MuteChatroomMembersRequest.newBuilder().setChatroomId(r).addUserIds(a)
                .setMinutes(10).build());
        IsMutedInChatroomRequest ask = IsMutedInChatroomRequest.newBuilder().setChatroomId(r).setUserId(a).build();
        assertThat(checks().isMutedInChatroom(ask).getState().getMuted()).isTrue();

        roomState().unmute(r, List.of(a)); // outside the gateway: no invalidation
        var stale = checks().isMutedInChatroom(ask);
        assertThat(stale.getState().getMuted()).as("cached, stale").isTrue();
        assertThat(stale.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);

        Thread.sleep(30);
        var withinBound = checks().isMutedInChatroom(ask.toBuilder().setFreshness(Freshness.newBuilder()
                .setMaxStaleness(Duration.newBuilder().setSeconds(60))).build());
        assertThat(withinBound.getState().getMuted()).isTrue();
        assertThat(withinBound.getCache().getAge().getNanos() + withinBound.getCache().getAge().getSeconds() * 1_000_000_000L)
                .as("age counts from the load").isGreaterThanOrEqualTo(30_000_000L);
        var tooOld = checks().isMutedInChatroom(ask.toBuilder().setFreshness(Freshness.newBuilder()
                .setMaxStaleness(Duration.newBuilder().setNanos(10_000_000))).build());
        assertThat(tooOld.getState().getMuted()).as("older than 10 ms: loaded again").isFalse();
        assertThat(tooOld.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);

        roomState().mute(r, List.of(a), 5); // outside again
        assertThat(checks().isMutedInChatroom(ask).getState().getMuted()).as("cached, stale").isFalse();
        int before = calls("/chatroom/user/gag/list.json");
        var fresh = checks().isMutedInChatroom(ask.toBuilder().setFreshness(Freshness.newBuilder().setBypassCache(true)).build());
        assertThat(fresh.getState().getMuted()).isTrue();
        assertThat(fresh.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(calls("/chatroom/user/gag/list.json")).isEqualTo(before + 1);
        var cachedAgain = askedAgainFromCache(() -> checks().isMutedInChatroom(ask), x -> x.getCache().getSource());
        assertThat(cachedAgain.getState().getMuted()).as("the bypass refreshed the cache").isTrue();
    }

    // ---- ultra groups ----

    @Test
    void ultraGroupMutesCombineGroupAndChannelMutesMuteAllAndAllowLists() {
        String a = uid();
        String b = uid();
        String c = uid();
        String d = uid();
        List<String> users = List.of(a, b, c, d);
        String g = ultraGroup(a, b, c, d);
        ug().createUltraGroupChannel(CreateUltraGroupChannelRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .setType(UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PUBLIC).build());
        UltraGroupState state = emulator().state(UltraGroupState.class);

        int before = calls(ULTRAGROUP_MUTE_PATHS);
        assertThat(ugMutes(g, "c1", users)).extracting(UltraGroupMuteState::getMuted).containsOnly(false);
        assertThat(calls(ULTRAGROUP_MUTE_PATHS) - before).as("mutes and mute-all, group-wide and the channel's")
                .isEqualTo(4);
        askedAgainFromCache(() -> checks().isMutedInUltraGroup(IsMutedInUltraGroupRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").setUserId(a).build()), x -> x.getCache().getSource());

        ug().muteUltraGroupUsers(MuteUltraGroupUsersRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        ug().muteUltraGroupUsers(MuteUltraGroupUsersRequest.newBuilder().setGroupId(g).setChannelId("c1").addUserIds(b).build());
        ug().setUltraGroupMuteAll(SetUltraGroupMuteAllRequest.newBuilder().setGroupId(g).setChannelId("c1").setMuted(true).build());
        ug().addUltraGroupMuteWhitelist(AddUltraGroupMuteWhitelistRequest.newBuilder().setGroupId(g).setChannelId("c1")
                .addUserIds(c).build());

        var inChannel = checks().batchIsMutedInUltraGroup(BatchIsMutedInUltraGroupRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").addAllUserIds(users).build());
        assertThat(inChannel.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(inChannel.getStatesList()).extracting(UltraGroupMuteState::getReason).containsExactly(
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED_IN_CHANNEL,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_UNSPECIFIED,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_CHANNEL_MUTED_FOR_ALL);
        assertThat(ugMutes(g, "", users)).as("group-wide: only the group-wide mute").extracting(UltraGroupMuteState::getReason)
                .containsExactly(UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED,
                        UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_UNSPECIFIED,
                        UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_UNSPECIFIED,
                        UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_UNSPECIFIED);

        ug().setUltraGroupMuteAll(SetUltraGroupMuteAllRequest.newBuilder().setGroupId(g).setMuted(true).build());
        List<UltraGroupMuteState> groupWide = ugMutes(g, "", users);
        assertThat(groupWide).extracting(UltraGroupMuteState::getReason).containsExactly(
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL);
        List<UltraGroupMuteState> channel = ugMutes(g, "c1", users);
        assertThat(channel).extracting(UltraGroupMuteState::getReason).containsExactly(
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_MEMBER_MUTED_IN_CHANNEL,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_UNSPECIFIED,
                UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL);
        for (int i = 0; i < users.size(); i++) {
            assertThat(channel.get(i).getMuted()).as("the emulator's rule in c1 for user " + i)
                    .isEqualTo(!state.maySpeak(g, "c1", users.get(i)));
            assertThat(groupWide.get(i).getMuted()).as("the emulator's rule group-wide for user " + i)
                    .isEqualTo(!state.maySpeak(g, null, users.get(i)));
        }
        askedAgainFromCache(() -> checks().batchIsMutedInUltraGroup(BatchIsMutedInUltraGroupRequest.newBuilder()
                .setGroupId(g).setChannelId("c1").addAllUserIds(users).build()), x -> x.getCache().getSource());

        ug().unmuteUltraGroupUsers(UnmuteUltraGroupUsersRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        var unmuted = checks().isMutedInUltraGroup(IsMutedInUltraGroupRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").setUserId(a).build());
        assertThat(unmuted.getState().getReason()).as("write-through: a's group-wide mute is gone, mute-all remains")
                .isEqualTo(UltraGroupMuteReason.ULTRA_GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL);
        assertThat(unmuted.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);

        ug().dismissUltraGroup(DismissUltraGroupRequest.newBuilder().setGroupId(g).build());
        var dismissed = checks().batchIsMutedInUltraGroup(BatchIsMutedInUltraGroupRequest.newBuilder().setGroupId(g)
                .setChannelId("c1").addAllUserIds(users).build());
        assertThat(dismissed.getCache().getSource()).as("dismissing dropped the group's and its channels' entries")
                .isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(dismissed.getStatesList()).extracting(UltraGroupMuteState::getMuted).containsOnly(false);
    }

    @Test
    void ultraGroupBypassAndMaxStalenessSeeAChangeMadeInTheEmulator() throws Exception {
        String a = uid();
        String g = ultraGroup(a);
        ug().muteUltraGroupUsers(MuteUltraGroupUsersRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        IsMutedInUltraGroupRequest ask = IsMutedInUltraGroupRequest.newBuilder().setGroupId(g).setUserId(a).build();
        assertThat(checks().isMutedInUltraGroup(ask).getState().getMuted()).isTrue();

        emulator().state(UltraGroupState.class).reset(); // outside the gateway: every ultra group gone, no invalidation
        var stale = checks().isMutedInUltraGroup(ask);
        assertThat(stale.getState().getMuted()).as("cached, stale").isTrue();
        assertThat(stale.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        Thread.sleep(30);
        assertThat(checks().isMutedInUltraGroup(ask.toBuilder().setFreshness(Freshness.newBuilder()
                .setMaxStaleness(Duration.newBuilder().setSeconds(60))).build()).getState().getMuted()).isTrue();
        var tooOld = checks().isMutedInUltraGroup(ask.toBuilder().setFreshness(Freshness.newBuilder()
                .setMaxStaleness(Duration.newBuilder().setNanos(10_000_000))).build());
        assertThat(tooOld.getState().getMuted()).as("reloaded: the group is gone (1015), so not muted").isFalse();
        assertThat(tooOld.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);

        int before = calls("/ultragroup/userbanned/get.json");
        var fresh = checks().isMutedInUltraGroup(ask.toBuilder().setFreshness(Freshness.newBuilder().setBypassCache(true)).build());
        assertThat(fresh.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(calls("/ultragroup/userbanned/get.json")).isEqualTo(before + 1);
    }

    // ---- bad input ----

    @Test
    void badInputIsRejectedWithoutUpstreamCall() {
        assertInvalidWithoutUpstreamCall(() -> checks().isMutedInChatroom(IsMutedInChatroomRequest.newBuilder()
                .setUserId("u").build()), "chatroom_id");
        assertInvalidWithoutUpstreamCall(() -> checks().isBannedFromChatroom(IsBannedFromChatroomRequest.newBuilder()
                .setChatroomId("r1").build()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> checks().isBannedFromChatroom(IsBannedFromChatroomRequest.newBuilder()
                .setChatroomId("r1").setUserId("u").setFreshness(Freshness.newBuilder()
                        .setMaxStaleness(Duration.newBuilder().setSeconds(-1))).build()), "freshness.max_staleness");
        List<String> many = IntStream.range(0, 101).mapToObj(i -> "user" + i).toList();
        assertInvalidWithoutUpstreamCall(() -> checks().batchIsMutedInChatroom(BatchIsMutedInChatroomRequest.newBuilder()
                .setChatroomId("bad room").addAllUserIds(many).build()), "chatroom_id", "user_ids");
        assertInvalidWithoutUpstreamCall(() -> checks().isMutedInUltraGroup(IsMutedInUltraGroupRequest.newBuilder()
                .setGroupId("g-1").setChannelId("c_1").setUserId("u").build()), "group_id", "channel_id");
        assertInvalidWithoutUpstreamCall(() -> checks().batchIsMutedInUltraGroup(BatchIsMutedInUltraGroupRequest
                .newBuilder().setGroupId("g1").addUserIds("u").addUserIds("u").build()), "user_ids[1]");
    }
}
