package rongcloud.gateway.infra.quota;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaClock;
import rongcloud.gateway.application.quota.QuotaSettings;
import rongcloud.gateway.application.quota.QuotaTiming;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.QuotaExhaustedException;
import rongcloud.gateway.domain.quota.QuotaPlan;

/**
 * Saturating load on one quota from several gate instances (each with its own store client), recording every
 * grant instant and how long each quota check took. The "upstream" is a strict sliding-window counter like
 * RongCloud's: a grant is sent after a random network delay below {@code jitterMillis} and is refused (a would-be
 * 1008) if it makes any interval of the window's length hold more than the limit.
 */
final class SharedLoad {
    record Result(int limit, int instances, List<Long> grantInstants, List<Long> checkNanos, long upstreamRejections,
                  long maxInAnyWindow) {
        /**
         * Steady-state rate as a share of the limit: with k = (grants - 1) / limit, the (k*limit)-th grant after the
         * first cannot come before k windows have passed; utilization = k windows / the time it actually took. It
         * ignores the first window's free burst and any partial window at the end.
         */
        double utilization() {
            int k = (grantInstants.size() - 1) / limit;
            if (k < 1) {
                return 0;
            }
            long took = grantInstants.get(k * limit) - grantInstants.get(0);
            return k * 1000.0 / took;
        }

        long percentileMicros(double p) {
            List<Long> sorted = new ArrayList<>(checkNanos);
            Collections.sort(sorted);
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1000;
        }
    }

    private SharedLoad() {
    }

    static QuotaSettings settings(int instances, Duration margin) {
        return new QuotaSettings(new QuotaTiming(margin, ZoneId.of("Asia/Shanghai")), Duration.ofMillis(500),
                Duration.ZERO, instances, Duration.ofSeconds(10), 1000, "test:" + System.nanoTime() + ":");
    }

    /**
     * @param stores       one store per gate instance (independent clients of one shared server)
     * @param path         the quota to load, whose limit is set to {@code limit}/1s
     * @param callersEach  concurrent callers per instance
     */
    static Result run(List<QuotaStore> stores, String path, int limit, int callersEach, Duration duration,
                      Duration margin, int jitterMillis) throws InterruptedException {
        QuotaPlan plan = QuotaPlan.catalog().withOverrides(Map.of(path, limit + "/1s"));
        QuotaSettings settings = settings(stores.size(), margin);
        List<SlidingLogQuotaGate> gates = new ArrayList<>();
        for (QuotaStore store : stores) {
            gates.add(new SlidingLogQuotaGate(plan, settings, Optional.of(store), QuotaClock.system()));
        }
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        List<Long> checks = Collections.synchronizedList(new ArrayList<>());
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        long end = System.currentTimeMillis() + duration.toMillis();
        CountDownLatch done = new CountDownLatch(gates.size() * callersEach);
        List<Thread> threads = new ArrayList<>();
        CallContext ctx = CallContext.of("load", "test");
        for (SlidingLogQuotaGate gate : gates) {
            for (int c = 0; c < callersEach; c++) {
                Random random = new Random(threads.size());
                Thread t = new Thread(() -> {
                    try {
                        while (System.currentTimeMillis() < end) {
                            long started = System.nanoTime();
                            try {
                                gate.acquire(ctx, QuotaCall.of(path));
                                long at = System.currentTimeMillis();
                                checks.add(System.nanoTime() - started);
                                grants.add(at);
                                arrivals.add(at + (jitterMillis > 0 ? random.nextInt(jitterMillis) : 0));
                            } catch (QuotaExhaustedException e) {
                                backOff(e); // a real caller retries after RetryInfo's delay
                            }
                        }
                    } finally {
                        done.countDown();
                    }
                }, "load-" + threads.size());
                threads.add(t);
            }
        }
        threads.forEach(Thread::start);
        if (!done.await(duration.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("load did not finish");
        }
        for (SlidingLogQuotaGate gate : gates) {
            if (gate.status().degraded()) {
                throw new AssertionError("a gate degraded during the load: " + gate.status());
            }
        }
        List<Long> sortedGrants = new ArrayList<>(grants);
        Collections.sort(sortedGrants);
        return new Result(limit, gates.size(), sortedGrants, new ArrayList<>(checks),
                strictUpstreamRejections(new ArrayList<>(arrivals), limit, 1000), maxInAnyWindow(sortedGrants, 1000));
    }

    /** Sleeps for the retry delay, at most 10 ms (callers keep the quota saturated without spinning). */
    static void backOff(QuotaExhaustedException e) {
        try {
            Thread.sleep(Math.max(1, Math.min(10, e.retryAfter().toMillis())));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    /** A strict sliding-window upstream: how many arrivals it would refuse. */
    static long strictUpstreamRejections(List<Long> arrivals, int limit, long windowMillis) {
        Collections.sort(arrivals);
        List<Long> accepted = new ArrayList<>();
        long rejected = 0;
        int tail = 0;
        for (long at : arrivals) {
            while (tail < accepted.size() && at - accepted.get(tail) >= windowMillis) {
                tail++;
            }
            if (accepted.size() - tail >= limit) {
                rejected++;
            } else {
                accepted.add(at);
            }
        }
        return rejected;
    }

    static long maxInAnyWindow(List<Long> sorted, long windowMillis) {
        long max = 0;
        int tail = 0;
        for (int head = 0; head < sorted.size(); head++) {
            while (sorted.get(head) - sorted.get(tail) >= windowMillis) {
                tail++;
            }
            max = Math.max(max, head - tail + 1);
        }
        return max;
    }
}
