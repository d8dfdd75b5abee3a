package rongcloud.gateway.infra.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaClock;
import rongcloud.gateway.application.quota.QuotaStatus;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.quota.QuotaPlan;

/**
 * With no Infinispan at the configured address, calls are still served (each instance keeps to its share),
 * quickly, and the status says degraded. Needs no server.
 */
class InfinispanUnreachableTest {
    @Test
    void servesInDegradedModeWithoutStalling() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort(); // free now: nothing listens there
        }
        RemoteCacheManager client = InfinispanTestServer.client("127.0.0.1:" + port);
        try {
            SlidingLogQuotaGate gate = new SlidingLogQuotaGate(
                    QuotaPlan.catalog().withOverrides(Map.of("/user/info.json", "10/1s")),
                    SharedLoad.settings(2, Duration.ofMillis(25)), Optional.of(InfinispanTestServer.store(client)),
                    QuotaClock.system());
            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                gate.acquire(CallContext.of("r", "t"), QuotaCall.of("/user/info.json"));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(gate.status().mode()).isEqualTo(QuotaStatus.Mode.DEGRADED);
            assertThat(gate.status().detail()).contains("unreachable");
            assertThat(millis).as("5 calls with the store down").isLessThan(5_000);
            gate.probe();
            assertThat(gate.status().mode()).isEqualTo(QuotaStatus.Mode.DEGRADED);
        } finally {
            client.stop();
        }
    }
}
