package rongcloud.gateway.infra.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaStatus;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.CallContext;

/**
 * The application wired with {@code gateway.quota.store=infinispan}: quarkus-infinispan-client's Hot Rod client
 * reaches the real server (infra/infinispan/start.sh), overrides apply, and the gate runs in shared mode.
 */
@QuarkusTest
@TestProfile(QuotaWiringTest.SharedStore.class)
class QuotaWiringTest {
    public static class SharedStore implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(rongcloud.gateway.infra.TestDatabase.config());
            config.putAll(Map.ofEntries(
                    Map.entry("gateway.quota.store", "infinispan"),
                    Map.entry("gateway.quota.instances", "2"),
                    Map.entry("gateway.quota.probe-interval", "200ms"),
                    Map.entry("gateway.quota.override.\"/user/getToken.json\"", "400/1s"),
                    Map.entry("gateway.quota.override.push-json", "5/1h,10/1d"),
                    Map.entry("gateway.quota.infinispan.cache", InfinispanTestServer.CACHE),
                    Map.entry("quarkus.infinispan-client.hosts", InfinispanTestServer.ADDRESS),
                    Map.entry("rongcloud.app-key", "quota-wiring-test"),
                    Map.entry("rongcloud.app-secret", "not-used"),
                    Map.entry("rongcloud.hosts", "http://127.0.0.1:9"),
                    Map.entry("quarkus.grpc.server.test-port", "0"),
                    Map.entry("quarkus.http.test-port", "0")));
            return config;
        }
    }

    @Inject
    SlidingLogQuotaGate gate;

    @Test
    void theSharedStoreIsInUseWithTheConfiguredLimits() throws InterruptedException {
        InfinispanTestServer.requireRunning();
        long until = System.currentTimeMillis() + 10_000;
        while (!"connected".equals(gate.status().detail()) && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        QuotaStatus status = gate.status();
        assertThat(status.mode()).isEqualTo(QuotaStatus.Mode.SHARED);
        assertThat(status.detail()).isEqualTo("connected");
        assertThat(status.store()).contains("infinispan", InfinispanTestServer.ADDRESS);
        assertThat(status.instances()).isEqualTo(2);
        assertThat(gate.plan().find("/user/getToken.json", null).orElseThrow().rules().get(0).limit()).isEqualTo(400);
        assertThat(gate.plan().find("/push.json", "PushNotificationToAll").orElseThrow().rules().get(1).limit()).isEqualTo(10);
        for (int i = 0; i < 5; i++) {
            gate.acquire(CallContext.of("wiring-" + i, "test"), QuotaCall.of("/user/getToken.json"));
        }
        assertThat(gate.status().mode()).isEqualTo(QuotaStatus.Mode.SHARED);
    }
}
