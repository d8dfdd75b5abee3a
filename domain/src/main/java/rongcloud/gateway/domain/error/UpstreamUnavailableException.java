package rongcloud.gateway.domain.error;

/**
 * RongCloud could not be reached, timed out, or answered something that is not its API; or the gateway refused
 * to call it (an open circuit breaker, a full bulkhead): {@link #reason()} tells which.
 */
public final class UpstreamUnavailableException extends GatewayException {
    /** Why the call did not get an answer. */
    public enum Reason {
        /** Attempts were made and failed (connect failure, timeout, 5xx, no envelope...). */
        UNREACHABLE,
        /** Every host's circuit breaker is open: nothing was sent. */
        CIRCUIT_OPEN,
        /** The area's bulkhead is full (too many calls in flight): nothing was sent. */
        BULKHEAD_FULL
    }

    private final String path;
    private final String requestId;
    private final Reason reason;

    public UpstreamUnavailableException(String path, String requestId, String message, Throwable cause) {
        this(path, requestId, message, cause, Reason.UNREACHABLE);
    }

    public UpstreamUnavailableException(String path, String requestId, String message, Throwable cause, Reason reason) {
        super("RongCloud " + path + " unavailable: " + message, cause);
        this.path = path;
        this.requestId = requestId;
        this.reason = reason;
    }

    public String path() { return path; }
    public String requestId() { return requestId; }
    public Reason reason() { return reason; }
}
