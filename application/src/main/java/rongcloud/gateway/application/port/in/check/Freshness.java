package rongcloud.gateway.application.port.in.check;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/**
 * How fresh a cached answer must be: {@code bypass} asks for data loaded after the request arrived (one upstream
 * call, whose answer then serves everyone); {@code maxStaleness} accepts cached data up to that age; neither
 * accepts whatever the cache holds (at most the kind's TTL old, or invalidated by a mutation).
 */
public record Freshness(boolean bypass, Optional<Duration> maxStaleness) {
    public static final Freshness ANY = new Freshness(false, Optional.empty());
    public static final Freshness FRESH = new Freshness(true, Optional.empty());

    public Freshness {
        Check check = Check.request();
        maxStaleness.ifPresent(d -> check.that(!d.isNegative(), "freshness.max_staleness", "must not be negative"));
        check.validate();
    }

    public static Freshness atMost(Duration maxStaleness) {
        return new Freshness(false, Optional.of(maxStaleness));
    }

    /** The oldest load instant acceptable for a request that arrived at {@code requestStart}. */
    public Instant minLoadedAt(Instant requestStart) {
        if (bypass) {
            return requestStart;
        }
        return maxStaleness.map(requestStart::minus).orElse(Instant.MIN);
    }
}
