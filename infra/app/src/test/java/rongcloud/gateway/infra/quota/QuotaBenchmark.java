package rongcloud.gateway.infra.quota;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import rongcloud.gateway.application.port.out.quota.QuotaStore;

/**
 * Prints, for 1, 2 and 3 gate instances sharing one real Infinispan server under saturating load on a 100/s and a
 * 20/s quota: the steady-state rate as % of the limit, the most grants seen in any 1 s interval, the would-be
 * 1008 answers of a strict sliding-window upstream (arrivals jittered by up to 20 ms), and p50/p99 of the quota
 * check (including the time spent waiting for budget, and, separately, of checks that did not wait). Figures
 * only, no timing assertion. Run (Infinispan from infra/infinispan/start.sh):
 * <pre>mvn -B -o verify -pl infra/app -Dtest=QuotaBenchmark -Dquota.benchmark=true -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "quota.benchmark", matches = "true")
class QuotaBenchmark {
    @Test
    void printFigures() throws Exception {
        InfinispanTestServer.requireRunning();
        Duration duration = Duration.ofMillis(Long.getLong("quota.benchmark.millis", 6200));
        System.out.printf("%nquota benchmark: %d s per run, safety margin 25 ms, 8 callers per instance, one Infinispan 15.2.6 on loopback%n",
                duration.toSeconds());
        System.out.println("limit/s instances grants maxIn1s util%  upstream1008  check-p50-µs check-p99-µs");
        for (int limit : new int[] {100, 20}) {
            for (int instances = 1; instances <= 3; instances++) {
                List<RemoteCacheManager> clients = new ArrayList<>();
                List<QuotaStore> stores = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    RemoteCacheManager client = InfinispanTestServer.client();
                    clients.add(client);
                    stores.add(InfinispanTestServer.store(client));
                    stores.get(i).ping(); // connect before the clock starts
                }
                SharedLoad.Result r = SharedLoad.run(stores, limit == 100 ? "/user/refresh.json" : "/user/info.json",
                        limit, 8, duration, Duration.ofMillis(25), 20);
                System.out.printf("%7d %9d %6d %7d %5.1f %13d %13d %12d%n", limit, instances, r.grantInstants().size(),
                        r.maxInAnyWindow(), r.utilization() * 100, r.upstreamRejections(), r.percentileMicros(0.5),
                        r.percentileMicros(0.99));
                clients.forEach(RemoteCacheManager::stop);
            }
        }
        fastPath();
    }

    /** The quota check alone when budget is plentiful (no waiting): one caller, 2000 checks on a 200/s quota... per instance count. */
    private static void fastPath() throws Exception {
        System.out.println("uncontended check (1 caller per instance, budget never short):");
        System.out.println("instances checks check-p50-µs check-p99-µs");
        for (int instances = 1; instances <= 3; instances++) {
            List<RemoteCacheManager> clients = new ArrayList<>();
            List<QuotaStore> stores = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                RemoteCacheManager client = InfinispanTestServer.client();
                clients.add(client);
                stores.add(InfinispanTestServer.store(client));
                stores.get(i).ping();
            }
            // A limit far above what one caller per instance can reach: measures the store round trips only.
            SharedLoad.Result r = SharedLoad.run(stores, "/user/checkOnline.json", 100_000, 1, Duration.ofSeconds(2),
                    Duration.ofMillis(25), 0);
            System.out.printf("%9d %6d %12d %12d%n", instances, r.grantInstants().size(), r.percentileMicros(0.5),
                    r.percentileMicros(0.99));
            clients.forEach(RemoteCacheManager::stop);
        }
    }
}
