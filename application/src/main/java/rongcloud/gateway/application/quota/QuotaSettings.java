package rongcloud.gateway.application.quota;

import java.time.Duration;
import java.util.Objects;

/**
 * How the gate waits and shares.
 *
 * @param timing          safety margin and data-center zone
 * @param maxWait         the longest a call waits for its budget, whatever its deadline
 * @param deadlineReserve time kept before the caller's deadline for the upstream call itself: a call that would
 *                        get its budget later fails now instead of spending budget on an answer nobody awaits
 * @param instances       gateway instances sharing the limits; each enforces 1/instances locally (local store,
 *                        or while the shared store is unreachable)
 * @param recoveryHold    after the shared store comes back, how long this instance also keeps to its local share
 *                        (at least the longest sliding window of each quota), so that instances still degraded
 *                        and this one never add up to more than a limit
 * @param maxQueue        callers waiting per quota and instance beyond which new ones fail at once
 * @param keyPrefix       prefix of every store key (the App Key: deployments of different apps may share a store)
 */
public record QuotaSettings(QuotaTiming timing, Duration maxWait, Duration deadlineReserve, int instances,
                            Duration recoveryHold, int maxQueue, String keyPrefix) {
    public QuotaSettings {
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(deadlineReserve, "deadlineReserve");
        Objects.requireNonNull(recoveryHold, "recoveryHold");
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        if (instances < 1) {
            throw new IllegalArgumentException("gateway.quota.instances must be at least 1");
        }
        if (maxQueue < 1) {
            throw new IllegalArgumentException("gateway.quota.max-queue must be at least 1");
        }
        if (maxWait.isNegative() || deadlineReserve.isNegative() || recoveryHold.isNegative()) {
            throw new IllegalArgumentException("quota durations cannot be negative");
        }
    }
}
