package rongcloud.gateway.infra.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RecordedRequest;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.fault.FaultType;
import rongcloud.gateway.infra.EmulatorResource;
import rongcloud.gateway.proto.v1.CheckUserOnlineRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;

/**
 * A grant counts from the end of a request that reached RongCloud late (docs/quotas.md, "Requests that arrive
 * late"): with a 1/s quota, the emulator holds the first request back 400 ms before it arrives (counted there);
 * the second call, made right after the first returns, is sent only a whole window after that arrival, so RongCloud
 * answers both. Without the settlement the second would be sent 1,025 ms after the first grant, 625 ms after the
 * first arrival, and RongCloud would refuse it with 1008.
 */
@QuarkusTest
@TestProfile(UpstreamSettlementTest.OnePerSecond.class)
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class UpstreamSettlementTest {
    private static final String ONLINE = "/user/checkOnline.json";

    public static class OnePerSecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.quota.override.\"/user/checkOnline.json\"", "1/1s");
        }
    }

    @Test
    void theNextCallWaitsAWholeWindowAfterALateArrival() throws Exception {
        RongCloudEmulator emulator = EmulatorResource.emulator();
        emulator.setRateLimit(ONLINE, 1);
        ManagedChannel channel = ManagedChannelBuilder.forAddress("127.0.0.1", EmulatorResource.grpcPort())
                .usePlaintext().build();
        try {
            var users = UserServiceGrpc.newBlockingStub(channel);
            Thread.sleep(1_100); // a window clear of anything earlier
            emulator.faults().add(ONLINE, FaultType.LATE_ARRIVAL, Duration.ofMillis(400), 503, 1000, 1, 1.0);
            int before = emulator.requests().count(ONLINE);
            for (int i = 0; i < 2; i++) {
                users.withDeadlineAfter(10, TimeUnit.SECONDS)
                        .checkUserOnline(CheckUserOnlineRequest.newBuilder().setUserId("late" + i).build());
            }
            List<RecordedRequest> arrivals = emulator.requests().all().stream()
                    .filter(r -> r.path().equals(ONLINE)).skip(before).toList();
            assertThat(arrivals).hasSize(2);
            assertThat(arrivals).extracting(RecordedRequest::code).containsOnly(200);
            long gap = Duration.between(arrivals.get(0).receivedAt(), arrivals.get(1).receivedAt()).toMillis();
            assertThat(gap).as("the second arrives a window after the first's late arrival").isGreaterThanOrEqualTo(1_000);
            System.out.printf("late arrival: the second 1/s request arrived %d ms after the first's late arrival%n", gap);
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
