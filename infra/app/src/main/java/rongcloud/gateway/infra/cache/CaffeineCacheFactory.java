package rongcloud.gateway.infra.cache;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.Set;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.LocalCache;
import rongcloud.gateway.application.port.out.cache.LocalCacheFactory;

/**
 * Creates each kind's Caffeine cache with its configured bound and TTLs, and binds its statistics to Micrometer:
 * {@code cache_gets_total{cache,result=hit|miss}}, {@code cache_size}, {@code cache_evictions_total},
 * {@code cache_load_duration_seconds} (Caffeine's binder, tag {@code cache=<kind>}) and
 * {@code gateway_cache_hit_ratio{cache}}.
 */
final class CaffeineCacheFactory implements LocalCacheFactory {
    private static final Set<CacheKind> LISTS = Set.of(CacheKind.BLOCKED_USERS, CacheKind.BLACKLIST, CacheKind.ALLOWLIST,
            CacheKind.LIST_MODE, CacheKind.PRIVATE_CHAT_MUTES, CacheKind.GROUP_MEMBER_MUTES, CacheKind.GROUP_MUTE_ALL,
            CacheKind.GROUP_MUTE_ALLOWLIST, CacheKind.CHATROOM_MEMBER_MUTES, CacheKind.CHATROOM_MUTE_ALL,
            CacheKind.CHATROOM_MUTE_ALL_EXCEPTIONS, CacheKind.CHATROOM_BLOCKS, CacheKind.ULTRAGROUP_MEMBER_MUTES,
            CacheKind.ULTRAGROUP_MUTE_ALL, CacheKind.ULTRAGROUP_MUTE_ALLOWLIST);

    private final CacheConfig config;
    private final MeterRegistry registry;

    CaffeineCacheFactory(CacheConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
    }

    Duration ttl(CacheKind kind) {
        CacheConfig.Kind k = config.kinds().get(kind.id());
        Duration fallback = LISTS.contains(kind) ? config.listTtl() : config.profileTtl();
        return k == null ? fallback : k.ttl().orElse(fallback);
    }

    Duration negativeTtl(CacheKind kind) {
        CacheConfig.Kind k = config.kinds().get(kind.id());
        return k == null ? config.negativeTtl() : k.negativeTtl().orElse(config.negativeTtl());
    }

    long maxSize(CacheKind kind) {
        CacheConfig.Kind k = config.kinds().get(kind.id());
        return k == null ? config.maxSize() : k.maxSize().orElse(config.maxSize());
    }

    @Override
    public <V> LocalCache<V> create(CacheKind kind) {
        CaffeineLocalCache<V> cache = new CaffeineLocalCache<>(maxSize(kind), ttl(kind), negativeTtl(kind));
        if (registry != null) {
            CaffeineCacheMetrics.monitor(registry, cache.caffeine(), kind.id());
            Gauge.builder("gateway.cache.hit.ratio", cache, c -> {
                CacheStats s = c.caffeine().synchronous().stats();
                return s.requestCount() == 0 ? Double.NaN : s.hitRate();
            }).tag("cache", kind.id()).description("hits / requests since start").register(registry);
        }
        return cache;
    }

    /** Every kind's settings, for the start-up log line. */
    String describe() {
        StringBuilder b = new StringBuilder();
        for (CacheKind kind : CacheKind.values()) {
            b.append(b.isEmpty() ? "" : ", ").append(kind.id()).append('=').append(ttl(kind).toSeconds()).append("s/")
                    .append(maxSize(kind));
        }
        return b.toString();
    }

}
