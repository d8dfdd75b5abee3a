package rongcloud.gateway.infra.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.client.hotrod.configuration.ConfigurationBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.cache.WriteThroughUserLists;
import rongcloud.gateway.application.port.in.check.CheckListCommand;
import rongcloud.gateway.application.port.in.check.Freshness;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.Invalidation;
import rongcloud.gateway.application.service.check.CheckService;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.userlists.UserListEntriesCommand;

/**
 * Two gateway instances in one JVM, each with its own caches and its own Hot Rod client to the real Infinispan server
 * of infra/infinispan/start.sh (127.0.0.1:11222, or -Dinfinispan.hotrod=host:port), in front of one shared upstream:
 * a block-list change made through instance A is seen through instance B within the bound. Prints the measured
 * propagation latency.
 */
class InfinispanCoherenceTest {
    static final String ADDRESS = System.getProperty("infinispan.hotrod", "127.0.0.1:11222");
    static final CallContext CTX = CallContext.of("coherence-test", "test");

    static final InMemoryUserLists upstream = new InMemoryUserLists();
    static Instance a;
    static Instance b;

    /** One gateway instance: Hot Rod client, invalidation bus, caches, write-through lists, checks. */
    record Instance(RemoteCacheManager client, InfinispanInvalidationBus bus, StateCaches caches,
                    UserListUseCase lists, CheckService checks) {
        static Instance start(String namespace) {
            RemoteCacheManager client = InfinispanCoherenceTest.client(ADDRESS);
            TestCacheConfig config = TestCacheConfig.of(Duration.ofMinutes(5));
            InfinispanInvalidationBus bus = new InfinispanInvalidationBus(() -> client, config.infinispan().cache(),
                    InfinispanInvalidationBus.DEFAULT_CACHE_CONFIGURATION, namespace, config.infinispan().eventLifespan());
            StateCaches caches = new StateCaches(new CaffeineCacheFactory(config, null), bus, Clock.systemUTC());
            UserListUseCase lists = new WriteThroughUserLists(upstream, caches);
            return new Instance(client, bus, caches, lists, new CheckService(caches, null, lists, null, null, null, null, null));
        }

        boolean blacklisted(String owner, String target) {
            return checks.checkBlacklisted(CTX, CheckListCommand.one(owner, target, Freshness.ANY)).value().get(0).listed();
        }

        void stop() {
            bus.close();
            client.stop();
        }
    }

    static RemoteCacheManager client(String address) {
        ConfigurationBuilder builder = new ConfigurationBuilder();
        String[] hp = address.split(":");
        builder.addServer().host(hp[0]).port(Integer.parseInt(hp[1]));
        builder.connectionTimeout(500).socketTimeout(1000).maxRetries(1);
        return new RemoteCacheManager(builder.build(), false);
    }

    @BeforeAll
    static void start() {
        String[] hp = ADDRESS.split(":");
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hp[0], Integer.parseInt(hp[1])), 1000);
        } catch (IOException e) {
            fail("This test needs a real Infinispan server on " + ADDRESS + " and none answers (" + e.getMessage()
                    + "). Start one with infra/infinispan/start.sh (stop: infra/infinispan/stop.sh).");
        }
        String namespace = "test-" + UUID.randomUUID();
        a = Instance.start(namespace);
        b = Instance.start(namespace);
        a.bus.probe();
        b.bus.probe();
        assertThat(a.bus.attached()).isTrue();
        assertThat(b.bus.attached()).isTrue();
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void aBlacklistChangeThroughASeenThroughBWithinTheBound() {
        int rounds = 200;
        List<Long> afterMutationNanos = new ArrayList<>();
        List<Long> fromStartNanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            String owner = "o" + i + UUID.randomUUID().toString().substring(0, 8);
            String target = "t" + i;
            assertThat(b.blacklisted(owner, target)).isFalse(); // now cached on B
            assertThat(b.blacklisted(owner, target)).isFalse();
            long start = System.nanoTime();
            a.lists.addToBlacklist(CTX, new UserListEntriesCommand(owner, List.of(target)));
            long done = System.nanoTime();
            long deadline = done + Duration.ofSeconds(2).toNanos();
            while (!b.blacklisted(owner, target)) {
                if (System.nanoTime() > deadline) {
                    fail("round " + i + ": B still answers from its stale entry 2 s after A's change");
                }
                LockSupport.parkNanos(50_000);
            }
            long seen = System.nanoTime();
            afterMutationNanos.add(seen - done);
            fromStartNanos.add(seen - start);
        }
        Collections.sort(afterMutationNanos);
        Collections.sort(fromStartNanos);
        double p50 = afterMutationNanos.get(rounds / 2) / 1e6;
        double p99 = afterMutationNanos.get(rounds * 99 / 100) / 1e6;
        double max = afterMutationNanos.get(rounds - 1) / 1e6;
        System.out.printf("Coherence over Infinispan (%s): %d mutations via A seen via B after p50 %.2f ms, p99 %.2f ms,"
                + " max %.2f ms (from the end of A's mutation to B's first fresh answer)%n", ADDRESS, rounds, p50, p99, max);
        System.out.printf("  from the start of A's mutation (incl. its publish round trip): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                fromStartNanos.get(rounds / 2) / 1e6, fromStartNanos.get(rounds * 99 / 100) / 1e6,
                fromStartNanos.get(rounds - 1) / 1e6);
        assertThat(max).as("propagation bound (target 100 ms on loopback)").isLessThan(1000);
        assertThat(b.bus.receivedEvents()).isGreaterThanOrEqualTo(rounds);
    }

    @Test
    void wholeKindsAndGroupPrefixesAreInvalidatedRemotely() throws Exception {
        var bMembers = b.caches.<String>cache(CacheKind.GROUP_MEMBER);
        bMembers.get("g1/u1", java.time.Instant.MIN, () -> rongcloud.gateway.application.port.out.cache.CacheEntry
                .found("x", java.time.Instant.now()));
        bMembers.get("g2/u1", java.time.Instant.MIN, () -> rongcloud.gateway.application.port.out.cache.CacheEntry
                .found("y", java.time.Instant.now()));
        a.caches.invalidate(CacheKind.GROUP_MEMBER, "g1/*");
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (bMembers.size() != 1 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(bMembers.size()).as("only g1's members dropped on B").isEqualTo(1);
        a.caches.invalidateAll(CacheKind.GROUP_MEMBER);
        deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (bMembers.size() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(bMembers.size()).isZero();
    }

    @Test
    void eventsOfAnotherNamespaceAreIgnoredAndLargeInvalidationsAreSplit() {
        InfinispanInvalidationBus other = new InfinispanInvalidationBus(() -> null, "c", "", "other-app", Duration.ofSeconds(1));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            keys.add("u" + i);
        }
        List<String> events = other.eventKeys(new Invalidation(CacheKind.USER_PROFILE, keys));
        assertThat(events).hasSize(3);
        long before = b.bus.receivedEvents();
        events.forEach(b.bus::onEvent);
        assertThat(b.bus.receivedEvents()).as("another App Key's events").isEqualTo(before);
    }

    @Test
    void anUnreachableChannelDegradesToTtlsWithoutFailingMutations() {
        RemoteCacheManager dead = client("127.0.0.1:1");
        try {
            InfinispanInvalidationBus bus = new InfinispanInvalidationBus(() -> dead, "c",
                    InfinispanInvalidationBus.DEFAULT_CACHE_CONFIGURATION, "ns", Duration.ofSeconds(1));
            StateCaches caches = new StateCaches(new CaffeineCacheFactory(TestCacheConfig.of(Duration.ofMinutes(1)), null),
                    bus, Clock.systemUTC());
            long t0 = System.nanoTime();
            bus.probe();
            assertThat(bus.attached()).isFalse();
            caches.invalidate(CacheKind.BLACKLIST, "owner"); // local invalidation still applies; publish is counted
            assertThat(bus.publishFailures()).isEqualTo(1);
            assertThat((System.nanoTime() - t0) / 1e6).as("fails fast").isLessThan(5000);
        } finally {
            dead.stop();
        }
    }
}
