package rongcloud.gateway.application.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.quota.QuotaStatus.Mode;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.error.QuotaExhaustedException;
import rongcloud.gateway.domain.quota.QuotaPlan;

class SlidingLogQuotaGateTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final QuotaPlan PLAN = QuotaPlan.catalog();
    private static final CallContext NO_DEADLINE = CallContext.of("test", "test");

    private static QuotaSettings settings(int instances, Duration maxWait) {
        return new QuotaSettings(new QuotaTiming(Duration.ofMillis(25), SHANGHAI), maxWait, Duration.ofMillis(100),
                instances, Duration.ofSeconds(10), 1000, "app:");
    }

    private static CallContext deadlineIn(FakeClock clock, long millis) {
        return new CallContext("test", "test", Optional.of(Instant.ofEpochMilli(clock.millis() + millis)));
    }

    @Test
    void waitsForItsBudgetAndGetsItTheMomentItFrees() {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN.withOverrides(Map.of("/user/getToken.json", "3/1s")),
                settings(1, Duration.ofSeconds(2)), Optional.empty(), clock);
        long start = clock.millis();
        List<Long> granted = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json"));
            granted.add(clock.millis() - start);
        }
        // 3 at once, then each as the window (1 s + 25 ms margin) releases one.
        assertThat(granted).containsExactly(0L, 0L, 0L, 1025L, 1025L, 1025L, 2050L);
        assertThat(gate.status().mode()).isEqualTo(Mode.LOCAL);
    }

    /**
     * A request that ends later than the safety margin after its grant may have reached RongCloud that late: its
     * grant then counts from the end of the request, so the next one waits a whole window after it. One that ends
     * within the margin changes nothing (the margin covered it).
     */
    @Test
    void aGrantCountsFromTheEndOfARequestThatEndedLaterThanTheMargin() {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN.withOverrides(Map.of("/user/getToken.json", "1/1s")),
                settings(1, Duration.ofSeconds(5)), Optional.empty(), clock);
        long start = clock.millis();
        gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json"));
        clock.advance(300); // the request took 300 ms: RongCloud may have counted it as late as now
        gate.settle();
        gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json"));
        assertThat(clock.millis() - start).isEqualTo(300 + 1025);

        long second = clock.millis();
        clock.advance(20); // within the 25 ms margin
        gate.settle();
        gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json"));
        assertThat(clock.millis() - second).isEqualTo(1025);

        gate.settle(); // settling twice, or with nothing pending, changes nothing
        gate.settle();
        long third = clock.millis();
        gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json"));
        assertThat(clock.millis() - third).isEqualTo(1025);
    }

    /**
     * A request still in flight keeps its grant counting: renewed to now once it is older than the renewal age, so
     * a caller on another thread (or instance) waits a window after the renewal, not after the grant; once the
     * request ends, its grant counts from the end. A settled grant is no longer renewed.
     */
    @Test
    void aGrantKeepsCountingWhileItsRequestIsInFlight() throws Exception {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN.withOverrides(Map.of("/user/getToken.json", "1/1s")),
                settings(1, Duration.ofSeconds(5)), Optional.empty(), clock);
        long start = clock.millis();
        gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json")); // this thread's request is now in flight
        assertThat(gate.inFlight()).isEqualTo(1);
        clock.advance(300);
        gate.renewInFlight(); // younger than the renewal age: unchanged
        clock.advance(600);
        gate.renewInFlight(); // 900 ms old: counts from now
        long[] other = new long[1];
        Thread t = new Thread(() -> {
            gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json"));
            other[0] = clock.millis() - start;
            gate.settle();
        });
        t.start();
        t.join(5000);
        assertThat(other[0]).as("a window after the renewal").isEqualTo(900 + 1025);

        gate.settle(); // the first request ends now (1925 ms after its grant): it counts from now
        assertThat(gate.inFlight()).isZero();
        long settledAt = clock.millis() - start;
        clock.advance(900);
        gate.renewInFlight(); // nothing in flight: nothing moves
        gate.acquire(NO_DEADLINE, QuotaCall.of("/user/getToken.json"));
        assertThat(clock.millis() - start).isEqualTo(Math.max(settledAt, 900 + 1025) + 1025);
        gate.settle();
    }

    @Test
    void failsFastWhenTheBudgetCannotComeBeforeTheDeadline() {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(1, Duration.ofSeconds(2)), Optional.empty(), clock);
        for (int i = 0; i < 100; i++) {
            gate.acquire(NO_DEADLINE, QuotaCall.of("/user/deactivate.json").users(1));
        }
        clock.advance(400);
        long before = clock.millis();
        assertThatThrownBy(() -> gate.acquire(deadlineIn(clock, 300), QuotaCall.of("/user/deactivate.json").users(5)))
                .isInstanceOfSatisfying(QuotaExhaustedException.class, e -> {
                    assertThat(e.subject()).isEqualTo("/user/deactivate.json");
                    assertThat(e.rule()).isEqualTo("100 users per second");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(625)); // 1025 - 400
                });
        assertThat(clock.millis()).as("failed without waiting").isEqualTo(before);
        // With a deadline long enough (minus the 100 ms reserve for the call itself), it waits and passes.
        gate.acquire(deadlineIn(clock, 800), QuotaCall.of("/user/deactivate.json").users(5));
        assertThat(clock.millis() - before).isEqualTo(625);
    }

    @Test
    void maxWaitBoundsEvenLongDeadlines() {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(1, Duration.ofSeconds(2)), Optional.empty(), clock);
        gate.acquire(NO_DEADLINE, QuotaCall.of("/push.json").op("PushNotificationToAll"));
        gate.acquire(NO_DEADLINE, QuotaCall.of("/push.json").op("BroadcastSystemMessageByTag")); // same pool
        assertThatThrownBy(() -> gate.acquire(deadlineIn(clock, 3_600_000), QuotaCall.of("/push.json").op("BroadcastSystemMessageByPackage")))
                .isInstanceOfSatisfying(QuotaExhaustedException.class, e -> {
                    assertThat(e.subject()).isEqualTo("push-json");
                    assertThat(e.rule()).isEqualTo("2 requests per hour");
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1).plusMillis(25));
                });
    }

    @Test
    void calendarDayThroughTheGate() {
        FakeClock clock = new FakeClock(ZonedDateTime.of(2025, 3, 1, 8, 0, 0, 0, SHANGHAI).toInstant());
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(1, Duration.ofSeconds(2)), Optional.empty(), clock);
        for (int i = 0; i < 3; i++) {
            gate.acquire(NO_DEADLINE, QuotaCall.of("/message/broadcast.json"));
            clock.advance(Duration.ofHours(2).toMillis()); // 2 per hour never binds
        }
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/message/broadcast.json")))
                .isInstanceOfSatisfying(QuotaExhaustedException.class, e -> {
                    assertThat(e.rule()).isEqualTo("3 requests per calendar day");
                    long toMidnight = ZonedDateTime.of(2025, 3, 2, 0, 0, 0, 0, SHANGHAI).toInstant().toEpochMilli() - clock.millis();
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofMillis(toMidnight + 25));
                });
        clock.set(ZonedDateTime.of(2025, 3, 2, 0, 0, 0, 25_000_000, SHANGHAI).toInstant());
        gate.acquire(NO_DEADLINE, QuotaCall.of("/message/broadcast.json"));
    }

    @Test
    void aCostAboveTheLimitIsInvalidNeverStuck() {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(1, Duration.ofSeconds(2)), Optional.empty(), clock);
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/push/user.json").recipients(7000, "user_ids")))
                .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("user_ids");
                    assertThat(e.violations().get(0).description()).contains("7000 recipients", "100 recipients per second", "split");
                });
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/message/ultragroup/publish.json").targets(3, "to_group_ids")
                .scope("per-channel", "g1/c1", 21)))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("20 targets per second (per-channel)");
    }

    @Test
    void programmingErrorsAreNotQuotaAnswers() {
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(1, Duration.ofSeconds(2)), Optional.empty(), QuotaClock.system());
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/nope.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no quota plan entry");
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/user/deactivate.json")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts users");
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/user/info.json").scope("per-channel", "x", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no sub-limit");
    }

    @Test
    void scopedSubLimitsCountPerValueAndRollBackTogether() {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        QuotaStore store = new LocalQuotaStore();
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN, settings(1, Duration.ZERO), Optional.of(store), clock);
        QuotaCall channel1 = QuotaCall.of("/message/ultragroup/publish.json").targets(1, "to_group_ids").scope("per-channel", "g1/c1", 1);
        for (int i = 0; i < 20; i++) {
            gate.acquire(NO_DEADLINE, channel1);
        }
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, channel1)).isInstanceOfSatisfying(QuotaExhaustedException.class,
                e -> assertThat(e.subject()).isEqualTo("/message/ultragroup/publish.json#per-channel=g1/c1"));
        // The refused call's unit in the overall budget was taken back: 80 more fit in other channels.
        for (int i = 0; i < 80; i++) {
            gate.acquire(NO_DEADLINE, QuotaCall.of("/message/ultragroup/publish.json").targets(1, "to_group_ids")
                    .scope("per-channel", "other" + i + "/c1", 1));
        }
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/message/ultragroup/publish.json").targets(1, "to_group_ids")
                .scope("per-channel", "g99/c1", 1)))
                .isInstanceOfSatisfying(QuotaExhaustedException.class,
                        e -> assertThat(e.subject()).isEqualTo("/message/ultragroup/publish.json"));
    }

    /** Degraded mode: 1/N locally, status reports it, the probe brings the shared mode back and hands grants over. */
    @Test
    void degradesToALocalShareAndRecoversByItself() {
        FakeClock clock = new FakeClock(Instant.parse("2025-03-01T01:00:00Z"));
        FlakyStore store = new FlakyStore();
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(PLAN.withOverrides(Map.of("/user/info.json", "10/1s")),
                settings(2, Duration.ZERO), Optional.of(store), clock);
        List<QuotaStatus> changes = Collections.synchronizedList(new ArrayList<>());
        gate.onStatusChange(changes::add);
        QuotaCall info = QuotaCall.of("/user/info.json");
        for (int i = 0; i < 4; i++) {
            gate.acquire(NO_DEADLINE, info); // shared: 4 of 10
        }
        store.down = true;
        clock.advance(100);
        // Degraded: this instance's share is 5, and the 4 it saw in the shared log still count.
        gate.acquire(NO_DEADLINE, info);
        assertThat(gate.status().mode()).isEqualTo(Mode.DEGRADED);
        assertThat(gate.status().detail()).contains("unreachable", "ConnectException");
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, info)).isInstanceOfSatisfying(QuotaExhaustedException.class,
                e -> assertThat(e.rule()).contains("10 requests per second", "share (5)"));
        clock.advance(1100); // the window has passed: the local share is free again
        for (int i = 0; i < 5; i++) {
            gate.acquire(NO_DEADLINE, info);
        }
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, info)).isInstanceOf(QuotaExhaustedException.class);
        gate.probe(); // still down
        assertThat(gate.status().mode()).isEqualTo(Mode.DEGRADED);

        store.down = false;
        gate.probe();
        assertThat(gate.status().mode()).isEqualTo(Mode.SHARED);
        assertThat(changes).extracting(QuotaStatus::mode).containsExactly(Mode.DEGRADED, Mode.SHARED);
        // The 5 degraded grants were handed over to the shared log: a peer now sees them.
        SlidingLogQuotaGate peer = new SlidingLogQuotaGate(PLAN.withOverrides(Map.of("/user/info.json", "10/1s")),
                settings(2, Duration.ZERO), Optional.of(store), clock);
        for (int i = 0; i < 5; i++) {
            peer.acquire(NO_DEADLINE, info);
        }
        assertThatThrownBy(() -> peer.acquire(NO_DEADLINE, info)).isInstanceOf(QuotaExhaustedException.class);
        // During the recovery hold the recovered instance still keeps to its share (5, all used).
        clock.advance(1100);
        for (int i = 0; i < 5; i++) {
            gate.acquire(NO_DEADLINE, info);
        }
        assertThatThrownBy(() -> gate.acquire(NO_DEADLINE, info)).isInstanceOfSatisfying(QuotaExhaustedException.class,
                e -> assertThat(e.rule()).contains("share (5)"));
        clock.advance(10_000); // hold over: the full shared limit again
        for (int i = 0; i < 10; i++) {
            gate.acquire(NO_DEADLINE, info);
        }
    }

    /**
     * Real threads and the real clock: 3 gate instances on one store, 12 callers each, saturating a 20/s quota for
     * 2.5 s. Every grant instant is recorded; no interval of 1 s may hold more than 20.
     */
    @Test
    void instancesSharingAStoreNeverExceedTheLimitInAnyInterval() throws Exception {
        QuotaStore store = new LocalQuotaStore();
        QuotaPlan plan = PLAN.withOverrides(Map.of("/user/info.json", "20/1s"));
        List<SlidingLogQuotaGate> gates = List.of(
                new SlidingLogQuotaGate(plan, settings(3, Duration.ofMillis(400)), Optional.of(store), QuotaClock.system()),
                new SlidingLogQuotaGate(plan, settings(3, Duration.ofMillis(400)), Optional.of(store), QuotaClock.system()),
                new SlidingLogQuotaGate(plan, settings(3, Duration.ofMillis(400)), Optional.of(store), QuotaClock.system()));
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(36);
        long end = System.currentTimeMillis() + 2500;
        CountDownLatch done = new CountDownLatch(36);
        for (int t = 0; t < 36; t++) {
            SlidingLogQuotaGate gate = gates.get(t % 3);
            pool.execute(() -> {
                try {
                    while (System.currentTimeMillis() < end) {
                        try {
                            gate.acquire(NO_DEADLINE, QuotaCall.of("/user/info.json"));
                            grants.add(System.currentTimeMillis());
                        } catch (QuotaExhaustedException e) {
                            // waited 400 ms in vain: try again
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(grants);
        Collections.sort(sorted);
        assertThat(Windows.maxInAnyIntervalOfInstants(sorted, 1000)).isLessThanOrEqualTo(20);
        assertThat(sorted.size()).as("grants in 2.5 s").isGreaterThanOrEqualTo(55); // 20 + 20 + ~half
    }

    /** Within an instance callers are served in arrival order (seen as the order of their writes to the store). */
    @Test
    void callersAreServedInArrivalOrder() throws Exception {
        QuotaPlan plan = PLAN.withOverrides(Map.of("/user/info.json", "5/1s"));
        List<String> writers = Collections.synchronizedList(new ArrayList<>());
        LocalQuotaStore delegate = new LocalQuotaStore();
        QuotaStore recording = new QuotaStore() {
            @Override
            public Optional<Versioned> read(String key) {
                return delegate.read(key);
            }

            @Override
            public boolean create(String key, byte[] state, Duration lifespan) {
                return record(delegate.create(key, state, lifespan));
            }

            @Override
            public boolean replace(String key, long version, byte[] state, Duration lifespan) {
                return record(delegate.replace(key, version, state, lifespan));
            }

            private boolean record(boolean written) {
                if (written) {
                    writers.add(Thread.currentThread().getName());
                }
                return written;
            }

            @Override
            public void ping() {
            }

            @Override
            public String describe() {
                return "recording";
            }
        };
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(plan, settings(1, Duration.ofSeconds(3)), Optional.of(recording), QuotaClock.system());
        for (int i = 0; i < 5; i++) {
            gate.acquire(NO_DEADLINE, QuotaCall.of("/user/info.json"));
        }
        writers.clear();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> gate.acquire(NO_DEADLINE, QuotaCall.of("/user/info.json")), "caller-" + i);
            threads.add(t);
            t.start();
            // arrive one after the other, all while the budget is used up: the next starts once this one waits in
            // the queue (parked), however late the machine ran it
            long until = System.nanoTime() + 5_000_000_000L;
            while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING
                    && System.nanoTime() < until) {
                Thread.sleep(1);
            }
        }
        for (Thread t : threads) {
            t.join(5000);
        }
        assertThat(writers).containsExactly("caller-0", "caller-1", "caller-2", "caller-3", "caller-4", "caller-5",
                "caller-6", "caller-7");
    }
}
