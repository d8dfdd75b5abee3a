package rongcloud.gateway.infra.cache;

import java.time.Duration;
import rongcloud.gateway.application.port.out.cache.LocalCacheFactory;

/** The gateway's cache factory for benchmarks outside this package (no metrics). */
public final class BenchmarkCaches {
    public LocalCacheFactory factory() {
        return new CaffeineCacheFactory(TestCacheConfig.of(Duration.ofMinutes(5)), null);
    }
}
