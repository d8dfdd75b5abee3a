package rongcloud.gateway.application.port.out.cache;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One bounded, per-instance cache of one {@link CacheKind}, with the kind's TTL (and negative TTL for absent
 * values). Concurrent misses of one key make one load: the first caller runs the loader on its own thread (so the
 * load spends quota with the caller's context and deadline); the others wait for its result. A load that fails is
 * not cached. An invalidation during a load discards the loaded value (the waiting callers still get it).
 */
public interface LocalCache<V> {

    /**
     * The entry of {@code key}, loaded by {@code loader} when absent or loaded before {@code minLoadedAt}
     * ({@link Instant#MIN}: any age is fine).
     */
    Lookup<V> get(String key, Instant minLoadedAt, Supplier<CacheEntry<V>> loader);

    /**
     * The entry of {@code key} if it is cached, completely loaded and not loaded before {@code minLoadedAt}; empty
     * otherwise (absent, expired, being loaded, or too old). Never loads, never waits, never blocks: safe on a
     * non-blocking (event-loop) thread. A non-empty answer counts as a hit; an empty one is not counted (the caller
     * is expected to go on with {@link #get}, which counts it).
     */
    Optional<CacheEntry<V>> peek(String key, Instant minLoadedAt);

    /**
     * The entries of {@code keys}; the keys that are missing (or too old) and not being loaded by another caller are
     * loaded together by one call of {@code bulkLoader}, which returns an entry for every key it was given
     * (a key it leaves out is cached as absent).
     */
    Map<String, Lookup<V>> getAll(Collection<String> keys, Instant minLoadedAt,
                                  Function<Set<String>, Map<String, CacheEntry<V>>> bulkLoader);

    void invalidate(String key);

    /** Drops every entry whose key matches (e.g. every member entry of one group). */
    void invalidateIf(Predicate<String> key);

    void invalidateAll();

    /** Approximate number of entries. */
    long size();
}
