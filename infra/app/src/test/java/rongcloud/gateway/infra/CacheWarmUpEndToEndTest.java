package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Duration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.proto.v1.BatchIsMutedInGroupRequest;
import rongcloud.gateway.proto.v1.CacheSource;
import rongcloud.gateway.proto.v1.CheckServiceGrpc;
import rongcloud.gateway.proto.v1.Freshness;
import rongcloud.gateway.proto.v1.GetCachedUserInfoRequest;
import rongcloud.gateway.proto.v1.GroupMuteReason;
import rongcloud.gateway.proto.v1.GroupMuteState;

/**
 * Caches warm from the state mirror on start: the application starts on a database that already holds a mirror
 * ({@link MirrorSeedResource}) and an emulator that knows none of it, so any answer that needed RongCloud would differ
 * (unknown user, no mutes). Warmed answers come from the cache with their true age and without an upstream call;
 * what is older than the warm-up window, or asked for fresher than its age, goes upstream.
 */
@QuarkusTest
@QuarkusTestResource(value = MirrorSeedResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class CacheWarmUpEndToEndTest {
    private static final String USER_INFO = "/user/info.json";
    private static GatewayClient client;
    private static String run;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
        run = System.getProperty(MirrorSeedResource.PREFIX + "run");
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static CheckServiceGrpc.CheckServiceBlockingStub checks() {
        return client.stub(CheckServiceGrpc.newBlockingStub(client.channel));
    }

    private static int calls(String path) {
        return EmulatorResource.emulator().requests().count(path);
    }

    @Test
    void aUserWrittenWithinTheWindowIsAnsweredFromTheWarmedCacheWithItsTrueAge() {
        int before = calls(USER_INFO);
        var info = checks().getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId("wu" + run).build());
        assertThat(info.getFound()).isTrue();
        assertThat(info.getName()).isEqualTo("Warm " + run);
        assertThat(info.getPortraitUri()).isEqualTo("https://img.example/warm.png");
        assertThat(info.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        assertThat(info.getCache().getAge().getSeconds()).as("age since the write, 1 h ago").isBetween(3590L, 3700L);
        assertThat(calls(USER_INFO)).isEqualTo(before);

        // asked fresher than that: RongCloud answers (and the emulator does not know the user)
        var fresh = checks().getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId("wu" + run)
                .setFreshness(Freshness.newBuilder().setMaxStaleness(Duration.newBuilder().setSeconds(60))).build());
        assertThat(fresh.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(fresh.getFound()).isFalse();
        assertThat(calls(USER_INFO)).isEqualTo(before + 1);
    }

    @Test
    void aUserWrittenBeforeTheWindowIsNotWarmed() {
        int before = calls(USER_INFO);
        var info = checks().getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId("wo" + run).build());
        assertThat(info.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_UPSTREAM);
        assertThat(info.getFound()).isFalse();
        assertThat(calls(USER_INFO)).isEqualTo(before + 1);
    }

    @Test
    void groupMutesMuteAllAndTheAllowListAreAnsweredFromTheWarmedCache() {
        long before = EmulatorResource.emulator().requests().total();
        var answer = checks().batchIsMutedInGroup(BatchIsMutedInGroupRequest.newBuilder().setGroupId("wg" + run)
                .addUserIds("wm" + run).addUserIds("we" + run).addUserIds("wa" + run).addUserIds("wx" + run).build());
        assertThat(answer.getStatesList()).extracting(GroupMuteState::getReason).containsExactly(
                GroupMuteReason.GROUP_MUTE_REASON_MEMBER_MUTED, GroupMuteReason.GROUP_MUTE_REASON_MUTED_IN_ALL_GROUPS,
                GroupMuteReason.GROUP_MUTE_REASON_UNSPECIFIED, GroupMuteReason.GROUP_MUTE_REASON_GROUP_MUTED_FOR_ALL);
        assertThat(answer.getCache().getSource()).isEqualTo(CacheSource.CACHE_SOURCE_CACHE);
        assertThat(EmulatorResource.emulator().requests().total()).as("no upstream call").isEqualTo(before);
    }
}
