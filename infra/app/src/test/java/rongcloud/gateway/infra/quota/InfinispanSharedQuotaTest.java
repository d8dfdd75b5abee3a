package rongcloud.gateway.infra.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.port.out.quota.QuotaStore;

/**
 * Two gateway instances (two gates, two independent Hot Rod clients) share a real Infinispan server and saturate
 * a 20/s and a 100/s quota at once: in no 1 s interval may the recorded grants exceed the limit, and the
 * steady-state rate must reach 95% of it. Needs infra/infinispan/start.sh; takes about 4 s.
 */
class InfinispanSharedQuotaTest {
    private static final List<RemoteCacheManager> clients = new ArrayList<>();

    @BeforeAll
    static void connect() {
        InfinispanTestServer.requireRunning();
    }

    @AfterAll
    static void close() {
        clients.forEach(RemoteCacheManager::stop);
    }

    private static List<QuotaStore> twoInstances() {
        List<QuotaStore> stores = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RemoteCacheManager client = InfinispanTestServer.client();
            clients.add(client);
            stores.add(InfinispanTestServer.store(client));
        }
        return stores;
    }

    @Test
    void twoInstancesNeverExceedTheLimitAndUseAtLeast95Percent() throws Exception {
        Duration margin = Duration.ofMillis(25);
        CompletableFuture<SharedLoad.Result> twenty = CompletableFuture.supplyAsync(() -> run("/user/info.json", 20, margin));
        CompletableFuture<SharedLoad.Result> hundred = CompletableFuture.supplyAsync(() -> run("/user/refresh.json", 100, margin));
        for (SharedLoad.Result r : List.of(twenty.get(), hundred.get())) {
            System.out.printf("shared quota %d/s, %d instances: %d grants, max %d in any 1 s, utilization %.1f%%, "
                            + "strict upstream refusals %d, check p50 %d µs p99 %d µs%n", r.limit(), r.instances(),
                    r.grantInstants().size(), r.maxInAnyWindow(), r.utilization() * 100, r.upstreamRejections(),
                    r.percentileMicros(0.5), r.percentileMicros(0.99));
            assertThat(r.maxInAnyWindow()).as("grants in any 1 s interval, limit %d", r.limit()).isLessThanOrEqualTo(r.limit());
            assertThat(r.upstreamRejections()).as("would-be 1008 answers").isZero();
            assertThat(r.utilization()).as("steady-state share of the %d/s limit", r.limit()).isGreaterThanOrEqualTo(0.95);
        }
    }

    private static SharedLoad.Result run(String path, int limit, Duration margin) {
        try {
            // Arrivals jitter by up to 20 ms, inside the 25 ms margin: the strict upstream must refuse nothing.
            return SharedLoad.run(twoInstances(), path, limit, 4, Duration.ofMillis(3200), margin, 20); // 4 callers each saturate both limits; more threads on 2 cores only delay the recording of grants
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
