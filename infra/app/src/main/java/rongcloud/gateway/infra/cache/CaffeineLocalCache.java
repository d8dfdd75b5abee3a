package rongcloud.gateway.infra.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import rongcloud.gateway.application.port.out.cache.CacheEntry;
import rongcloud.gateway.application.port.out.cache.LocalCache;
import rongcloud.gateway.application.port.out.cache.Lookup;

/**
 * {@link LocalCache} over a Caffeine {@link AsyncCache} of futures: the first caller of a missing key puts its own
 * future in and runs the loader on its thread; concurrent callers find that future and wait for it (one upstream
 * call per key). Caffeine drops a future that completes exceptionally, bounds the size (W-TinyLFU), expires entries
 * after the TTL (the negative TTL for absent values), and records hits, misses, evictions and load times
 * (counted from the future's creation to its completion).
 */
final class CaffeineLocalCache<V> implements LocalCache<V> {
    /** Attempts to find an entry fresh enough before loading without coalescing. */
    private static final int MAX_ATTEMPTS = 3;

    private final AsyncCache<String, CacheEntry<V>> cache;

    CaffeineLocalCache(long maxSize, Duration ttl, Duration negativeTtl) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .expireAfter(new Expiry<String, CacheEntry<V>>() {
                    @Override
                    public long expireAfterCreate(String key, CacheEntry<V> value, long currentTime) {
                        return (value.negative() ? negativeTtl : ttl).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, CacheEntry<V> value, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, value, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String key, CacheEntry<V> value, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .recordStats()
                .buildAsync();
    }

    AsyncCache<String, CacheEntry<V>> caffeine() {
        return cache;
    }

    @Override
    public Lookup<V> get(String key, Instant minLoadedAt, Supplier<CacheEntry<V>> loader) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            CompletableFuture<CacheEntry<V>> mine = new CompletableFuture<>();
            CompletableFuture<CacheEntry<V>> found = cache.get(key, (k, executor) -> mine);
            if (found == mine) {
                return new Lookup<>(load(mine, loader), true);
            }
            boolean ready = found.isDone();
            CacheEntry<V> entry = await(found);
            if (!entry.loadedAt().isBefore(minLoadedAt)) {
                return new Lookup<>(entry, !ready);
            }
            cache.asMap().remove(key, found); // too old for this caller: load again (others asking now share it)
        }
        // Keeps racing with other callers' loads: load once without coalescing, and offer the result.
        CompletableFuture<CacheEntry<V>> mine = new CompletableFuture<>();
        CacheEntry<V> entry = load(mine, loader);
        cache.put(key, mine);
        return new Lookup<>(entry, true);
    }

    @Override
    public Optional<CacheEntry<V>> peek(String key, Instant minLoadedAt) {
        CompletableFuture<CacheEntry<V>> found = cache.asMap().get(key); // quiet: a miss is counted by the get that follows
        if (found == null || !found.isDone() || found.isCompletedExceptionally()) {
            return Optional.empty();
        }
        CacheEntry<V> entry = found.getNow(null);
        if (entry == null || entry.loadedAt().isBefore(minLoadedAt)) {
            return Optional.empty();
        }
        cache.getIfPresent(key); // counts the hit
        return Optional.of(entry);
    }

    @Override
    public Map<String, Lookup<V>> getAll(Collection<String> keys, Instant minLoadedAt,
                                         Function<Set<String>, Map<String, CacheEntry<V>>> bulkLoader) {
        Map<String, Lookup<V>> result = new LinkedHashMap<>();
        Set<String> pending = new LinkedHashSet<>(keys);
        for (int attempt = 0; attempt < MAX_ATTEMPTS && !pending.isEmpty(); attempt++) {
            Map<String, CompletableFuture<CacheEntry<V>>> mine = new HashMap<>();
            Map<String, CompletableFuture<CacheEntry<V>>> theirs = new HashMap<>();
            for (String key : pending) {
                CompletableFuture<CacheEntry<V>> f = new CompletableFuture<>();
                CompletableFuture<CacheEntry<V>> found = cache.get(key, (k, executor) -> f);
                (found == f ? mine : theirs).put(key, found);
            }
            if (!mine.isEmpty()) {
                loadAll(mine, bulkLoader);
                mine.forEach((k, f) -> result.put(k, new Lookup<>(f.join(), true)));
            }
            pending.clear();
            for (Map.Entry<String, CompletableFuture<CacheEntry<V>>> e : theirs.entrySet()) {
                boolean ready = e.getValue().isDone();
                CacheEntry<V> entry = await(e.getValue());
                if (entry.loadedAt().isBefore(minLoadedAt)) {
                    cache.asMap().remove(e.getKey(), e.getValue());
                    pending.add(e.getKey());
                } else {
                    result.put(e.getKey(), new Lookup<>(entry, !ready));
                }
            }
        }
        if (!pending.isEmpty()) {
            Map<String, CompletableFuture<CacheEntry<V>>> mine = new HashMap<>();
            pending.forEach(k -> mine.put(k, new CompletableFuture<>()));
            loadAll(mine, bulkLoader);
            mine.forEach((k, f) -> {
                cache.put(k, f);
                result.put(k, new Lookup<>(f.join(), true));
            });
        }
        Map<String, Lookup<V>> ordered = new LinkedHashMap<>();
        for (String key : keys) {
            ordered.put(key, result.get(key));
        }
        return ordered;
    }

    private void loadAll(Map<String, CompletableFuture<CacheEntry<V>>> mine,
                         Function<Set<String>, Map<String, CacheEntry<V>>> bulkLoader) {
        Map<String, CacheEntry<V>> loaded;
        try {
            loaded = bulkLoader.apply(Set.copyOf(mine.keySet()));
        } catch (RuntimeException | Error e) {
            mine.values().forEach(f -> f.completeExceptionally(e));
            throw e;
        }
        Instant at = loaded.values().stream().map(CacheEntry::loadedAt).min(Instant::compareTo).orElse(Instant.now());
        mine.forEach((k, f) -> f.complete(loaded.getOrDefault(k, CacheEntry.absent(at))));
    }

    private static <V> CacheEntry<V> load(CompletableFuture<CacheEntry<V>> mine, Supplier<CacheEntry<V>> loader) {
        try {
            CacheEntry<V> entry = loader.get();
            mine.complete(entry);
            return entry;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static <V> CacheEntry<V> await(CompletableFuture<CacheEntry<V>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a cache load", e);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void invalidate(String key) {
        cache.synchronous().invalidate(key);
    }

    @Override
    public void invalidateIf(Predicate<String> key) {
        cache.asMap().keySet().removeIf(key);
    }

    @Override
    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    @Override
    public long size() {
        return cache.synchronous().estimatedSize();
    }
}
