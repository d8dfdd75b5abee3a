package rongcloud.gateway.application.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.Invalidation;
import rongcloud.gateway.application.port.out.cache.InvalidationBus;
import rongcloud.gateway.application.port.out.cache.LocalCache;
import rongcloud.gateway.application.port.out.cache.LocalCacheFactory;

/**
 * The instance's cached user and group state: one {@link LocalCache} per {@link CacheKind}, kept coherent with the
 * other instances through the {@link InvalidationBus}. A mutation made through this gateway calls
 * {@link #invalidate} after its upstream call succeeded (write-through): the entries are dropped here at once and on
 * every other instance when the event arrives. A key ending in {@code /*} drops every key with that prefix
 * (all member entries of a group).
 */
public final class StateCaches {
    private final Map<CacheKind, LocalCache<?>> caches = new EnumMap<>(CacheKind.class);
    private final InvalidationBus bus;
    private final Clock clock;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong resyncs = new AtomicLong();

    public StateCaches(LocalCacheFactory factory, InvalidationBus bus, Clock clock) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.clock = Objects.requireNonNull(clock, "clock");
        for (CacheKind kind : CacheKind.values()) {
            caches.put(kind, factory.create(kind));
        }
        bus.subscribe(this::apply, this::dropEverything);
    }

    @SuppressWarnings("unchecked")
    public <V> LocalCache<V> cache(CacheKind kind) {
        return (LocalCache<V>) caches.get(kind);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Drops {@code keys} of {@code kind} here and on every other instance. */
    public void invalidate(CacheKind kind, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Invalidation invalidation = new Invalidation(kind, List.copyOf(keys));
        apply(invalidation);
        bus.publish(invalidation);
    }

    public void invalidate(CacheKind kind, String key) {
        invalidate(kind, List.of(key));
    }

    /** Drops every entry of {@code kind} here and on every other instance. */
    public void invalidateAll(CacheKind kind) {
        Invalidation invalidation = Invalidation.all(kind);
        apply(invalidation);
        bus.publish(invalidation);
    }

    /** Applies an invalidation to this instance only (what the bus calls for events of other instances). */
    public void apply(Invalidation invalidation) {
        received.incrementAndGet();
        LocalCache<?> cache = caches.get(invalidation.kind());
        if (invalidation.everything()) {
            cache.invalidateAll();
            return;
        }
        for (String key : invalidation.keys()) {
            if (key.endsWith("/*")) {
                String prefix = key.substring(0, key.length() - 1);
                cache.invalidateIf(k -> k.startsWith(prefix));
            } else {
                cache.invalidate(key);
            }
        }
    }

    /** Drops every entry of every kind (the invalidation channel was lost: events may have been missed). */
    public void dropEverything() {
        resyncs.incrementAndGet();
        caches.values().forEach(LocalCache::invalidateAll);
    }

    /** Invalidations applied on this instance (own and received). */
    public long invalidationsApplied() {
        return received.get();
    }

    /** Times every entry was dropped because the channel was lost. */
    public long resyncs() {
        return resyncs.get();
    }
}
