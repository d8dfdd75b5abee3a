package rongcloud.gateway.infra.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A {@link CacheConfig} for tests that build cache stacks without Quarkus: one TTL for every kind. */
record TestCacheConfig(Coherence coherence, Duration ttl, Duration negativeTtl, long maxSize) implements CacheConfig {
    static TestCacheConfig of(Duration ttl) {
        return new TestCacheConfig(Coherence.INFINISPAN, ttl, Duration.ofSeconds(10), 100_000);
    }

    @Override
    public Duration profileTtl() {
        return ttl;
    }

    @Override
    public Duration listTtl() {
        return ttl;
    }

    @Override
    public Map<String, Kind> kinds() {
        return Map.of();
    }

    @Override
    public WarmUp warmUp() {
        return new WarmUp() {
            @Override
            public Duration window() {
                return Duration.ofHours(24);
            }

            @Override
            public int maxEntries() {
                return 10_000;
            }
        };
    }

    @Override
    public Infinispan infinispan() {
        return new Infinispan() {
            @Override
            public String cache() {
                return "rongcloud-gateway-cache-invalidations-test";
            }

            @Override
            public Optional<String> cacheConfiguration() {
                return Optional.empty();
            }

            @Override
            public Duration eventLifespan() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration probeInterval() {
                return Duration.ofMillis(200);
            }
        };
    }
}
