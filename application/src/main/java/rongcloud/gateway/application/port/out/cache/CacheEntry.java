package rongcloud.gateway.application.port.out.cache;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One cached answer of RongCloud: a value, or a negative result (RongCloud said it does not exist), and the instant
 * its load started (so its age is never understated).
 */
public record CacheEntry<V>(Optional<V> value, Instant loadedAt) {
    public CacheEntry {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(loadedAt, "loadedAt");
    }

    public static <V> CacheEntry<V> found(V value, Instant loadedAt) {
        return new CacheEntry<>(Optional.of(value), loadedAt);
    }

    public static <V> CacheEntry<V> absent(Instant loadedAt) {
        return new CacheEntry<>(Optional.empty(), loadedAt);
    }

    /** A negative result, cached for the kind's (short) negative TTL. */
    public boolean negative() {
        return value.isEmpty();
    }
}
