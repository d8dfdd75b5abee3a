package rongcloud.gateway.infra;

import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import rongcloud.gateway.application.port.out.cache.CacheEntry;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.LocalCache;
import rongcloud.gateway.application.port.out.cache.LocalCacheFactory;
import rongcloud.gateway.domain.user.UserInfo;
import rongcloud.gateway.proto.v1.BlockUsersRequest;
import rongcloud.gateway.proto.v1.CheckServiceGrpc;
import rongcloud.gateway.proto.v1.Freshness;
import rongcloud.gateway.proto.v1.IsUserBlockedRequest;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;

/**
 * Prints (asserts nothing about timing): cached-read throughput and p50/p99 latency of CheckService.IsUserBlocked
 * over gRPC on this machine, next to the same reads bypassing the cache (each one upstream, bounded by the 100/s quota
 * of /user/block/query.json), and the heap used per 100k cached user-info entries. Opt-in:
 * {@code mvn -B -o verify -pl infra/app -am -Dtest=CheckBenchmark -Dcache.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(CheckBenchmark.NoTracing.class)
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
@EnabledIfSystemProperty(named = "cache.benchmark", matches = "true")
class CheckBenchmark {
    /** As deployed by default: tracing off (the test profile records every span in memory). */
    public static class NoTracing implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("quarkus.otel.sdk.disabled", "true", "quarkus.log.category.\"io.quarkus.grpc\".level", "WARN");
        }
    }

    private static final int CALLERS = Integer.getInteger("cache.benchmark.callers", 16);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("cache.benchmark.seconds", 8));
    private static final List<GatewayClient> clients = new ArrayList<>();

    @BeforeAll
    static void connect() {
        for (int i = 0; i < 4; i++) {
            clients.add(new GatewayClient(EmulatorResource.grpcPort()));
        }
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        for (GatewayClient c : clients) {
            c.close();
        }
    }

    @Test
    void cachedReadsNextToUpstreamReads() throws Exception {
        GatewayClient c0 = clients.get(0);
        var users = c0.stub(UserServiceGrpc.newBlockingStub(c0.channel));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String u = EndToEnd.uid();
            users.registerUser(RegisterUserRequest.newBuilder().setUserId(u).setName("n").build());
            ids.add(u);
        }
        users.blockUsers(BlockUsersRequest.newBuilder().addAllUserIds(ids.subList(0, 10)).setMinutes(60).build());

        run("warm-up (cached)", Duration.ofSeconds(2), false, ids);
        Result cached = run("cached", RUN, false, ids);
        Result upstream = run("upstream every time (bypass_cache)", Duration.ofSeconds(5), true, ids);
        System.out.printf("%nCheckBenchmark on %d cores, %d callers over %d channels, IsUserBlocked:%n",
                Runtime.getRuntime().availableProcessors(), CALLERS, clients.size());
        System.out.println("| reads | calls | failed | reads/s | p50 | p99 | max |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        System.out.println(cached.row());
        System.out.println(upstream.row());
        memoryPer100kUsers();
    }

    private record Result(String name, long calls, long failures, double seconds, long[] sortedNanos) {
        String row() {
            return String.format("| %s | %d | %d | %.0f | %.2f ms | %.2f ms | %.1f ms |", name, calls, failures,
                    calls / seconds, pct(0.50), pct(0.99), sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6);
        }

        double pct(double p) {
            return sortedNanos.length == 0 ? 0 : sortedNanos[(int) Math.min(sortedNanos.length - 1, p * sortedNanos.length)] / 1e6;
        }
    }

    private Result run(String name, Duration duration, boolean bypass, List<String> ids) throws Exception {
        AtomicLong failures = new AtomicLong();
        long[][] samples = new long[CALLERS][];
        int[] counts = new int[CALLERS];
        CountDownLatch done = new CountDownLatch(CALLERS);
        long end = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        for (int t = 0; t < CALLERS; t++) {
            int me = t;
            Thread thread = new Thread(() -> {
                GatewayClient c = clients.get(me % clients.size());
                var stub = CheckServiceGrpc.newBlockingStub(c.channel);
                long[] mine = new long[1 << 16];
                int n = 0;
                int i = me;
                while (System.nanoTime() < end) {
                    IsUserBlockedRequest.Builder r = IsUserBlockedRequest.newBuilder().setUserId(ids.get(i++ % ids.size()));
                    if (bypass) {
                        r.setFreshness(Freshness.newBuilder().setBypassCache(true));
                    }
                    long t0 = System.nanoTime();
                    try {
                        stub.withDeadlineAfter(5, TimeUnit.SECONDS).isUserBlocked(r.build());
                    } catch (StatusRuntimeException e) {
                        failures.incrementAndGet();
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                samples[me] = mine;
                counts[me] = n;
                done.countDown();
            }, "bench-" + t);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        long[] all = new long[(int) total];
        int k = 0;
        for (int t = 0; t < CALLERS; t++) {
            System.arraycopy(samples[t], 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        return new Result(name, total, failures.get(), seconds, all);
    }

    /** Heap delta of 100k user-info entries in a cache built like the gateway's. */
    private static void memoryPer100kUsers() {
        LocalCacheFactory factory = new rongcloud.gateway.infra.cache.BenchmarkCaches().factory();
        long before = usedHeapAfterGc();
        LocalCache<UserInfo> cache = factory.create(CacheKind.USER_INFO);
        Instant now = Instant.now();
        for (int i = 0; i < 100_000; i++) {
            String id = String.format("u%011d", i);
            UserInfo info = new UserInfo(id, "User " + i, Optional.of("https://img.example.com/avatars/" + id + ".png"),
                    Optional.of(now));
            cache.get(id, Instant.MIN, () -> CacheEntry.found(info, now));
        }
        long after = usedHeapAfterGc();
        System.out.printf("Memory: 100k cached user-info entries (13-char id, short name, 45-char avatar URI) = %.1f MB of heap"
                + " (%d bytes per entry, incl. Caffeine's node, future and entry wrapper); cache size %d%n",
                (after - before) / 1e6, (after - before) / 100_000, cache.size());
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
