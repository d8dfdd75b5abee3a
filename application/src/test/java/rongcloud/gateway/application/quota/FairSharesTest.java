package rongcloud.gateway.application.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.quota.QuotaPlan;

/** Weighted fair queuing of the callers of one quota key within an instance. */
class FairSharesTest {
    private static final QuotaPlan PLAN = QuotaPlan.catalog().withOverrides(Map.of("/user/info.json", "20/1s"));
    private static final QuotaCall INFO = QuotaCall.of("/user/info.json");
    private static final long T0 = Instant.parse("2025-03-01T01:00:00Z").toEpochMilli();

    private static QuotaSettings settings(Duration maxWait) {
        return new QuotaSettings(new QuotaTiming(Duration.ofMillis(25), ZoneId.of("Asia/Shanghai")), maxWait,
                Duration.ofMillis(100), 1, Duration.ofSeconds(10), 1000, "app:");
    }

    /**
     * Two callers of weights 3 and 1, each with 4 threads that call without pause, saturate a 20/s quota for 6
     * simulated seconds (the controllable clock moves only when the head waits for its budget): 15/s and 5/s.
     */
    @Test
    void twoCallersOfWeights3To1SaturatingA20PerSecondQuotaGet15And5() throws Exception {
        List<Thread> threads = new ArrayList<>();
        // simulated time moves when the head waits for its budget, but only once every caller thread that has not
        // ended is in the fair order (queued or served): a thread the machine has not run yet, or one contending for
        // the queue's lock, cannot miss simulated seconds, however loaded the machine is
        FakeClock fake = new FakeClock(Instant.ofEpochMilli(T0));
        AtomicReference<SlidingLogQuotaGate> gateRef = new AtomicReference<>();
        QuotaClock clock = new QuotaClock() {
            @Override
            public long millis() {
                return fake.millis();
            }

            @Override
            public void sleepUntil(long epochMillis) throws InterruptedException {
                long giveUp = System.nanoTime() + 2_000_000_000L;
                while (System.nanoTime() < giveUp && gateRef.get().joined("/user/info.json")
                        < threads.stream().filter(t -> t.getState() != Thread.State.TERMINATED).count()) {
                    Thread.sleep(0, 100_000);
                }
                fake.sleepUntil(epochMillis);
            }
        };
        Map<String, AtomicLong> units = new ConcurrentHashMap<>();
        long from = T0 + 1025;
        long to = T0 + 6 * 1025;
        QuotaObserver counting = new QuotaObserver() {
            @Override
            public void granted(String callerId, String budget, long n, long waitedMillis) {
                assertThat(budget).isEqualTo("/user/info.json");
                long at = clock.millis();
                if (at >= from && at < to) {
                    units.computeIfAbsent(callerId, c -> new AtomicLong()).addAndGet(n);
                }
            }

            @Override
            public void exhausted(String callerId, String budget, long waitedMillis) {
            }
        };
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(Duration.ofHours(1)), Optional.empty(), clock,
                id -> id.equals("heavy") ? 3 : 1, counting);
        gateRef.set(gate);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (String caller : List.of("heavy", "light")) {
            for (int i = 0; i < 4; i++) {
                Thread t = new Thread(() -> {
                    try {
                        while (clock.millis() < to) {
                            gate.acquire(CallContext.of("r", caller), INFO);
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                }, caller + "-" + i);
                threads.add(t);
            }
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(20_000);
            assertThat(t.isAlive()).isFalse();
        }
        assertThat(failure.get()).isNull();
        double seconds = (to - from) / 1000.0;
        double heavy = units.get("heavy").get() / seconds;
        double light = units.get("light").get() / seconds;
        System.out.printf("fair shares 3:1 on 20/s: heavy %.1f/s, light %.1f/s%n", heavy, light);
        assertThat(heavy).isBetween(13.0, 17.0);
        assertThat(light).isBetween(3.0, 7.0);
    }

    /**
     * A caller queues 30 waiters on a used-up 20/s quota; another caller of the same weight then arrives with a
     * deadline that the next window allows. In arrival order it would be 31st (after the next window); in fair
     * order it is served in the next window, before its deadline.
     */
    @Test
    void aBursterCannotPushASteadyCallerPastItsDeadline() throws Exception {
        ManualClock clock = new ManualClock(Instant.ofEpochMilli(T0));
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(Duration.ofSeconds(5)), Optional.empty(), clock,
                id -> 1, QuotaObserver.NONE);
        CallContext burster = CallContext.of("b", "burster");
        for (int i = 0; i < 20; i++) {
            gate.acquire(burster, INFO); // the window's budget, at T0
        }
        List<Thread> bursts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Thread t = new Thread(() -> gate.acquire(burster, INFO), "burst-" + i);
            bursts.add(t);
            t.start();
        }
        await(() -> gate.queued("/user/info.json") == 30 && clock.sleepers() == 1);

        AtomicLong grantedAt = new AtomicLong(-1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // Deadline T0 + 1200: it may wait until T0 + 1100 (100 ms reserve); the budget frees at T0 + 1025.
        CallContext steady = new CallContext("s", "steady", Optional.of(Instant.ofEpochMilli(T0 + 1200)));
        Thread steadyThread = new Thread(() -> {
            try {
                gate.acquire(steady, INFO);
                grantedAt.set(clock.millis());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "steady");
        steadyThread.start();
        await(() -> gate.queued("/user/info.json") == 31);

        clock.set(T0 + 1025);
        steadyThread.join(10_000);
        assertThat(failure.get()).isNull();
        assertThat(grantedAt.get()).isEqualTo(T0 + 1025);

        // The rest of the burst: 11 waiters, served when the window after frees.
        await(() -> gate.queued("/user/info.json") == 11 && clock.sleepers() == 1);
        clock.set(T0 + 2050);
        for (Thread t : bursts) {
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
        }
        assertThat(gate.queued("/user/info.json")).isZero();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("condition within 10 s").isLessThan(until);
            Thread.sleep(5);
        }
        Thread.sleep(50); // let every waiter reach its wait
    }
}
