package rongcloud.gateway.infra.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** {@code gateway.cache.*}: the local caches of user and group state and their coherence (docs/caching.md). */
@ConfigMapping(prefix = "gateway.cache")
public interface CacheConfig {

    /** {@code local}: one instance, no channel; {@code infinispan}: invalidations to every instance over Hot Rod. */
    @WithDefault("local")
    Coherence coherence();

    /** TTL of profiles (user info, hosted user/group/member profiles, tags) unless set per kind. */
    @WithDefault("5m")
    Duration profileTtl();

    /** TTL of ban lists and mute states unless set per kind: the bound on staleness for changes made outside. */
    @WithDefault("60s")
    Duration listTtl();

    /** How long "does not exist" is cached, unless set per kind. */
    @WithDefault("10s")
    Duration negativeTtl();

    /** Entries per kind unless set per kind. */
    @WithDefault("100000")
    long maxSize();

    /** Per kind ({@code user-info}, {@code blacklist}, ...): ttl, negative-ttl, max-size. */
    Map<String, Kind> kinds();

    Infinispan infinispan();

    /** Filling the caches from the state mirror when the instance starts (docs/caching.md, "Warm-up"). */
    WarmUp warmUp();

    interface WarmUp {
        /** Only what was written through the gateway this recently is warmed. */
        @WithDefault("24h")
        Duration window();

        /** At most this many users and this many groups, most recently written first; 0: no warm-up. */
        @WithDefault("10000")
        int maxEntries();
    }

    interface Kind {
        Optional<Duration> ttl();

        Optional<Duration> negativeTtl();

        Optional<Long> maxSize();
    }

    interface Infinispan {
        @WithDefault("rongcloud-gateway-cache-invalidations")
        String cache();

        /** Used only if the server does not have the cache yet. */
        Optional<String> cacheConfiguration();

        /** How long an invalidation event entry lives in Infinispan (it is only needed until delivered). */
        @WithDefault("30s")
        Duration eventLifespan();

        /** How often the channel is checked, and re-attached after a loss. */
        @WithDefault("1s")
        Duration probeInterval();
    }

    enum Coherence {
        LOCAL,
        INFINISPAN
    }
}
