package rongcloud.gateway.adapter.out.rest;

import java.net.URI;
import java.time.Duration;

/**
 * Told about every attempt {@link RongCloudInvoker} makes (one per host tried), for metrics. A plain hook
 * rather than a metrics library in the adapter: the adapter stays free of Micrometer, the series' names and
 * tags live in one place in infra, and tests can record attempts. Implementations must be cheap and must not
 * throw; with no implementation deployed nothing is observed.
 */
public interface UpstreamObserver {

    /**
     * One attempt finished.
     *
     * @param path    the upstream path, e.g. "/user/getToken.json" (a bounded set)
     * @param host    the host tried
     * @param outcome how it ended
     * @param code    RongCloud's code when the answer carried one (200 on success), otherwise null
     * @param elapsed time from sending to the outcome
     */
    void attempt(String path, URI host, Outcome outcome, Integer code, Duration elapsed);

    /**
     * A failed attempt is followed by another one (safe for this call).
     *
     * @param from  the host that failed
     * @param to    the host of the next attempt: another host means a failover
     * @param cause how the failed attempt ended
     */
    default void retry(String path, URI from, URI to, Outcome cause) {
    }

    /** The gateway's current host changed (failover, or a probe found the primary back). */
    default void hostSwitched(URI from, URI to) {
    }

    /** A host's circuit breaker changed state: "closed", "open" or "half_open". */
    default void breakerState(URI host, String state) {
    }

    /** A call was refused without being sent: reason "circuit_open", "bulkhead_full" or "deadline_exceeded". */
    default void rejected(String path, String reason) {
    }

    /** How an attempt ended. */
    enum Outcome {
        /** RongCloud answered with code 200. */
        SUCCESS,
        /** RongCloud answered with another code (in the envelope, whatever the HTTP status). */
        RONGCLOUD_ERROR,
        /** An answer without RongCloud's envelope (e.g. a proxy's error page). */
        NO_ENVELOPE,
        /** The TCP connection could not be made (the request did not reach RongCloud; failover applies). */
        CONNECT_FAILURE,
        /** No answer within the read timeout. */
        TIMEOUT,
        /** Any other transport failure (TLS, reset connection, ...). */
        IO_FAILURE;

        /** The tag value: lower_snake. */
        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Observes nothing. */
    UpstreamObserver NONE = (path, host, outcome, code, elapsed) -> {
    };
}
