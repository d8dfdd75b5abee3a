package rongcloud.gateway.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-loop load generator: a fixed number of callers, each calling as soon as its last call answered, for a
 * warm-up then a bounded measured duration. Every call of the measured part is timed; failures are counted by
 * the kind the call names (so a gRPC status or a RongCloud code stays visible).
 */
final class LoadGen {
    /** One call; returns null on success or a short failure kind (e.g. "RESOURCE_EXHAUSTED", "1008"). */
    @FunctionalInterface
    interface Call {
        String call(int caller, long seq) throws Exception;
    }

    /** What a measured run gave. Latencies in microseconds, sorted. */
    record Result(int callers, double seconds, long ok, Map<String, Long> failures, long[] latenciesMicros) {
        double throughput() {
            return ok / seconds;
        }

        double p(double q) {
            return Stats.percentile(latenciesMicros, q);
        }

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private LoadGen() {
    }

    static Result run(int callers, long warmupMillis, long measureMillis, Call call) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmupMillis * 1_000_000L;
        long end = measureFrom + measureMillis * 1_000_000L;
        LongAdder ok = new LongAdder();
        Map<String, LongAdder> failures = new ConcurrentHashMap<>();
        List<long[]> perCaller = new ArrayList<>();
        int[] counts = new int[callers];
        AtomicLong seq = new AtomicLong();
        CountDownLatch done = new CountDownLatch(callers);
        Thread[] threads = new Thread[callers];
        for (int i = 0; i < callers; i++) {
            perCaller.add(new long[1024]);
        }
        for (int i = 0; i < callers; i++) {
            int caller = i;
            threads[i] = new Thread(() -> {
                long[] lat = perCaller.get(caller);
                int n = 0;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        String failure;
                        try {
                            failure = call.call(caller, seq.incrementAndGet());
                        } catch (Exception e) {
                            failure = e.getClass().getSimpleName();
                        }
                        long t1 = System.nanoTime();
                        if (t0 < measureFrom || t1 > end) {
                            continue; // warm-up, or answered after the end: not counted
                        }
                        if (failure == null) {
                            ok.increment();
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = (t1 - t0) / 1_000;
                        } else {
                            failures.computeIfAbsent(failure, f -> new LongAdder()).increment();
                        }
                    }
                } finally {
                    perCaller.set(caller, lat);
                    counts[caller] = n;
                    done.countDown();
                }
            }, "load-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
        done.await();
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int pos = 0;
        for (int i = 0; i < callers; i++) {
            System.arraycopy(perCaller.get(i), 0, all, pos, counts[i]);
            pos += counts[i];
        }
        Arrays.sort(all);
        Map<String, Long> failed = new TreeMap<>();
        failures.forEach((k, v) -> failed.put(k, v.sum()));
        return new Result(callers, measureMillis / 1000.0, ok.sum(), failed, all);
    }
}
