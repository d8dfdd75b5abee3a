package rongcloud.gateway.infra.quota;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code gateway.quota.*}: how RongCloud's rate limits are enforced (docs/quotas.md).
 */
@ConfigMapping(prefix = "gateway.quota")
public interface QuotaConfig {
    /** Where quota state lives: {@code local} (in memory, this instance) or {@code infinispan} (shared, Hot Rod). */
    @WithDefault("local")
    StoreKind store();

    /**
     * Gateway instances sharing the app's limits. With the local store, and while Infinispan is unreachable,
     * each instance enforces floor(limit / instances).
     */
    @WithDefault("1")
    int instances();

    /** Fraction of every limit to use, in (0, 1]: 0.9 keeps 10% for other clients of the same app. */
    @WithDefault("1.0")
    double headroom();

    /**
     * Added to every window (and around midnight for calendar days): covers the variation of the delay from
     * the grant to RongCloud's receipt plus the clock difference between instances. Costs margin/window of
     * the budget (2.5% of a 1 s window at 25 ms).
     */
    @WithDefault("25ms")
    Duration safetyMargin();

    /** Longest wait for budget, whatever the caller's deadline. */
    @WithDefault("2s")
    Duration maxWait();

    /** Time kept before the caller's deadline for the upstream call itself. */
    @WithDefault("100ms")
    Duration deadlineReserve();

    /** After Infinispan comes back, how long an instance also keeps to its local share (at least each quota's window). */
    @WithDefault("10s")
    Duration recoveryHold();

    /** How often the shared store is checked (degraded when it fails, back to shared when it answers). */
    @WithDefault("1s")
    Duration probeInterval();

    /** Callers waiting per quota and instance beyond which new ones fail at once. */
    @WithDefault("1000")
    int maxQueue();

    /**
     * Limits per upstream path or pool: {@code gateway.quota.override."/user/getToken.json"=400/1s},
     * {@code gateway.quota.override.push-json=5/1h,10/1d}, {@code ...=200/1s,40/1s@per-channel}.
     */
    Map<String, String> override();

    Infinispan infinispan();

    interface Infinispan {
        /** The cache holding the quota logs (created on first use if missing). */
        @WithDefault("rongcloud-gateway-quota")
        String cache();

        /** The cache's configuration (XML/JSON/YAML) used when creating it; default: distributed, 2 owners, sync. */
        Optional<String> cacheConfiguration();
    }

    enum StoreKind {
        LOCAL,
        INFINISPAN
    }
}
