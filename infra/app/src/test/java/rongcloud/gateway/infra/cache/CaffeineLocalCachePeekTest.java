package rongcloud.gateway.infra.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.port.out.cache.CacheEntry;

/** {@code peek}: only completely loaded, fresh-enough entries; never loads, never waits for a load in flight. */
class CaffeineLocalCachePeekTest {
    private final CaffeineLocalCache<String> cache = new CaffeineLocalCache<>(100, Duration.ofMinutes(1), Duration.ofSeconds(10));
    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void absentThenLoadedThenInvalidated() {
        assertThat(cache.peek("k", Instant.MIN)).isEmpty();
        assertThat(cache.size()).as("peek does not create an entry").isZero();
        cache.get("k", Instant.MIN, () -> CacheEntry.found("v", t0));
        assertThat(cache.peek("k", Instant.MIN)).contains(CacheEntry.found("v", t0));
        assertThat(cache.peek("k", t0)).as("loaded at the limit: fresh enough").isPresent();
        assertThat(cache.peek("k", t0.plusMillis(1))).as("too old for this caller").isEmpty();
        cache.invalidate("k");
        assertThat(cache.peek("k", Instant.MIN)).isEmpty();
    }

    @Test
    void negativeEntriesAreHits() {
        cache.get("gone", Instant.MIN, () -> CacheEntry.absent(t0));
        assertThat(cache.peek("gone", Instant.MIN)).contains(CacheEntry.absent(t0));
    }

    @Test
    void aLoadInFlightIsNotWaitedFor() throws Exception {
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> loader = CompletableFuture.runAsync(() -> cache.get("k", Instant.MIN, () -> {
            loading.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return CacheEntry.found("v", t0);
        }));
        assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cache.peek("k", Instant.MIN)).as("in flight: empty at once").isEmpty();
        release.countDown();
        loader.get(5, TimeUnit.SECONDS);
        assertThat(cache.peek("k", Instant.MIN)).isPresent();
    }

    @Test
    void aFailedLoadIsNotAHit() {
        assertThatThrownBy(() -> cache.get("k", Instant.MIN, () -> {
            throw new IllegalStateException("upstream down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(cache.peek("k", Instant.MIN)).isEmpty();
    }
}
