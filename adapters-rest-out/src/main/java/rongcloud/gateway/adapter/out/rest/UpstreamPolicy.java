package rongcloud.gateway.adapter.out.rest;

import java.time.Duration;
import java.util.Objects;
import rongcloud.gateway.adapter.out.rest.UpstreamCallKind.TimeoutClass;

/**
 * How {@link RongCloudInvoker} treats upstream faults. Produced by infra from {@code rongcloud.timeouts.*},
 * {@code rongcloud.retry.*}, {@code rongcloud.failover.*}, {@code rongcloud.circuit-breaker.*} and
 * {@code rongcloud.bulkhead.*}; {@link #defaults()} when none is deployed.
 *
 * @param queryTimeout       answer timeout per attempt of {@link TimeoutClass#QUERY} calls
 * @param mutationTimeout    ... of {@link TimeoutClass#MUTATION} calls
 * @param sendTimeout        ... of {@link TimeoutClass#SEND} calls
 * @param broadcastTimeout   ... of {@link TimeoutClass#BROADCAST} calls
 * @param deadlineReserve    kept back from the caller's deadline so the gateway's own answer (with details)
 *                           reaches the caller before the caller gives up
 * @param maxAttempts        attempts per idempotent call, all hosts together (non-idempotent: one per host, and
 *                           only after connect failures)
 * @param backoff            first retry delay on the same host (later ones double), with jitter
 * @param maxBackoff         cap of the retry delay
 * @param failoverCoolDown   after switching away from the primary host, how long before probing it again
 * @param breakerVolume      circuit breaker (per host): rolling window of attempts
 * @param breakerRatio       ... failure ratio in the window that opens it
 * @param breakerDelay       ... how long it stays open before letting trial calls through
 * @param breakerSuccesses   ... successful trial calls that close it again
 * @param bulkheadPerArea    calls of one API area (first path segment) in flight at once
 */
public record UpstreamPolicy(Duration queryTimeout, Duration mutationTimeout, Duration sendTimeout,
                             Duration broadcastTimeout, Duration deadlineReserve, int maxAttempts, Duration backoff,
                             Duration maxBackoff, Duration failoverCoolDown, int breakerVolume, double breakerRatio,
                             Duration breakerDelay, int breakerSuccesses, int bulkheadPerArea) {
    public UpstreamPolicy {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(mutationTimeout, "mutationTimeout");
        Objects.requireNonNull(sendTimeout, "sendTimeout");
        Objects.requireNonNull(broadcastTimeout, "broadcastTimeout");
        Objects.requireNonNull(deadlineReserve, "deadlineReserve");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(failoverCoolDown, "failoverCoolDown");
        Objects.requireNonNull(breakerDelay, "breakerDelay");
        if (maxAttempts < 1 || breakerVolume < 1 || breakerSuccesses < 1 || bulkheadPerArea < 1) {
            throw new IllegalArgumentException("attempts, breaker volume, breaker successes and bulkhead must be >= 1");
        }
        if (!(breakerRatio > 0 && breakerRatio <= 1)) {
            throw new IllegalArgumentException("breaker failure ratio must be in (0, 1]");
        }
    }

    /** The defaults of the configuration keys (see README). */
    public static UpstreamPolicy defaults() {
        return new UpstreamPolicy(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofMillis(50), 3, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofSeconds(30), 20, 0.5, Duration.ofSeconds(10), 2, 32);
    }

    public Duration timeout(TimeoutClass timeoutClass) {
        return switch (timeoutClass) {
            case QUERY -> queryTimeout;
            case MUTATION -> mutationTimeout;
            case SEND -> sendTimeout;
            case BROADCAST -> broadcastTimeout;
        };
    }
}
