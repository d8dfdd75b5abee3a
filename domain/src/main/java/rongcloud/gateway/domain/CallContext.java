package rongcloud.gateway.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling and under which constraints: travels with every use case and port call so that the
 * request id reaches RongCloud (X-Request-ID) and the logs, and no upstream call outlives its caller.
 *
 * @param requestId id of this call, sent upstream as X-Request-ID and returned to the caller (at most 36 chars)
 * @param callerId  name of the authenticated calling service ("anonymous" when authentication is off)
 * @param deadline  instant after which the caller no longer waits, if it set one
 */
public record CallContext(String requestId, String callerId, Optional<Instant> deadline) {

    public static final int REQUEST_ID_MAX_LENGTH = 36;

    public CallContext {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(callerId, "callerId");
        Objects.requireNonNull(deadline, "deadline");
        if (requestId.isEmpty() || requestId.length() > REQUEST_ID_MAX_LENGTH) {
            throw new IllegalArgumentException("requestId must be 1.." + REQUEST_ID_MAX_LENGTH + " characters");
        }
    }

    /** A context without deadline, e.g. for background work and tests. */
    public static CallContext of(String requestId, String callerId) {
        return new CallContext(requestId, callerId, Optional.empty());
    }

    /** Time left before the deadline (negative when passed), if there is a deadline. */
    public Optional<Duration> remaining(Instant now) {
        return deadline.map(d -> Duration.between(now, d));
    }
}
