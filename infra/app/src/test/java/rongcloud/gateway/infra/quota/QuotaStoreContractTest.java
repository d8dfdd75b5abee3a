package rongcloud.gateway.infra.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.port.out.quota.QuotaStore;

/** The QuotaStore port's contract, run against every implementation (the in-memory one and Infinispan). */
abstract class QuotaStoreContractTest {
    abstract QuotaStore store();

    /** A second client of the same store (another instance), or the same store where there is no other. */
    QuotaStore peer() {
        return store();
    }

    private final String key = "contract:" + UUID.randomUUID();

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void createsOnlyOnce() {
        QuotaStore store = store();
        assertThat(store.read(key)).isEmpty();
        assertThat(store.create(key, bytes("a"), Duration.ofMinutes(1))).isTrue();
        assertThat(store.create(key, bytes("b"), Duration.ofMinutes(1))).isFalse();
        assertThat(store.read(key)).hasValueSatisfying(v -> assertThat(v.state()).isEqualTo(bytes("a")));
    }

    @Test
    void anotherInstanceSeesTheSameRegister() {
        QuotaStore store = store();
        QuotaStore peer = peer();
        assertThat(store.create(key, bytes("a"), Duration.ofMinutes(1))).isTrue();
        for (int i = 0; i < 20; i++) {
            assertThat(peer.create(key, bytes("p"), Duration.ofMinutes(1))).as("create by the peer").isFalse();
        }
        QuotaStore.Versioned seen = peer.read(key).orElseThrow();
        assertThat(seen.state()).isEqualTo(bytes("a"));
        assertThat(peer.replace(key, seen.version(), bytes("p"), Duration.ofMinutes(1))).isTrue();
        assertThat(store.replace(key, seen.version(), bytes("s"), Duration.ofMinutes(1))).as("stale for the first").isFalse();
        assertThat(store.read(key).orElseThrow().state()).isEqualTo(bytes("p"));
    }

    @Test
    void replacesOnlyTheVersionItRead() {
        QuotaStore store = store();
        store.create(key, bytes("a"), Duration.ofMinutes(1));
        QuotaStore.Versioned first = store.read(key).orElseThrow();
        assertThat(store.replace(key, first.version(), bytes("b"), Duration.ofMinutes(1))).isTrue();
        assertThat(store.replace(key, first.version(), bytes("c"), Duration.ofMinutes(1))).as("stale version").isFalse();
        QuotaStore.Versioned second = store.read(key).orElseThrow();
        assertThat(second.state()).isEqualTo(bytes("b"));
        assertThat(second.version()).isNotEqualTo(first.version());
        assertThat(store.replace("contract:absent:" + UUID.randomUUID(), second.version(), bytes("x"), Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void keysExpireAfterTheirLifespan() throws InterruptedException {
        QuotaStore store = store();
        store.create(key, bytes("a"), Duration.ofMillis(300));
        assertThat(store.read(key)).isPresent();
        Thread.sleep(1200);
        assertThat(store.read(key)).isEmpty();
        assertThat(store.create(key, bytes("b"), Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void answersPing() {
        store().ping();
    }
}
