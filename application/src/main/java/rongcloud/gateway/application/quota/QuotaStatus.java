package rongcloud.gateway.application.quota;

import java.time.Instant;

/**
 * How quotas are enforced right now, for health checks and logs.
 *
 * @param mode      see {@link Mode}
 * @param since     when this mode began
 * @param store     the store in use, e.g. "infinispan 127.0.0.1:11222" or "local"
 * @param instances the number of gateway instances assumed to share each limit (the local share is 1/instances)
 * @param detail    why (the store's error while degraded)
 */
public record QuotaStatus(Mode mode, Instant since, String store, int instances, String detail) {
    public enum Mode {
        /** Local store by configuration: this instance enforces 1/instances of each limit in memory. */
        LOCAL,
        /** Shared store reachable: all instances together stay within each limit. */
        SHARED,
        /** Shared store unreachable: this instance enforces 1/instances of each limit locally until it is back. */
        DEGRADED
    }

    /** True when the gateway is not in the mode it was configured for. */
    public boolean degraded() {
        return mode == Mode.DEGRADED;
    }
}
