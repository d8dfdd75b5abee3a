package rongcloud.gateway.application.service.recording;

import java.util.Optional;
import rongcloud.gateway.domain.error.ConflictException;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.error.NotFoundException;
import rongcloud.gateway.domain.error.QuotaExhaustedException;
import rongcloud.gateway.domain.error.StoreUnavailableException;
import rongcloud.gateway.domain.error.UpstreamErrorKind;
import rongcloud.gateway.domain.error.UpstreamException;
import rongcloud.gateway.domain.error.UpstreamUnavailableException;

/**
 * How the journal and the outbox name a failure: the ErrorInfo reason callers see (RONGCLOUD_&lt;code&gt;,
 * UPSTREAM_UNAVAILABLE...), RongCloud's code when it answered, and whether waiting may help.
 */
public final class Failures {
    private Failures() {
    }

    /** The stable reason, as in the ErrorInfo of the same failure. */
    public static String reason(Throwable failure) {
        if (failure instanceof UpstreamException u) {
            return "RONGCLOUD_" + u.code();
        }
        if (failure instanceof UpstreamUnavailableException) {
            return "UPSTREAM_UNAVAILABLE";
        }
        if (failure instanceof InvalidArgumentException) {
            return "INVALID_REQUEST";
        }
        if (failure instanceof QuotaExhaustedException) {
            return "QUOTA_EXHAUSTED";
        }
        if (failure instanceof StoreUnavailableException) {
            return "STORE_UNAVAILABLE";
        }
        if (failure instanceof NotFoundException) {
            return "NOT_FOUND";
        }
        if (failure instanceof ConflictException c) {
            return c.reason();
        }
        return "INTERNAL_ERROR";
    }

    /** RongCloud's code when RongCloud answered with one. */
    public static Optional<Integer> rongCloudCode(Throwable failure) {
        return failure instanceof UpstreamException u ? Optional.of(u.code()) : Optional.empty();
    }

    /**
     * Whether a later attempt may succeed: RongCloud unreachable or failing temporarily (1000, 1050), a rate
     * limit (1008, 1016, 2007), or the gateway's own quota. Everything else (bad parameters, unknown targets,
     * rejected credentials, refused states) fails the same way again.
     */
    public static boolean isTransient(Throwable failure) {
        if (failure instanceof UpstreamUnavailableException || failure instanceof QuotaExhaustedException
                || failure instanceof StoreUnavailableException) {
            return true;
        }
        if (failure instanceof UpstreamException u) {
            return u.kind() == UpstreamErrorKind.TRANSIENT || u.kind() == UpstreamErrorKind.RATE_LIMITED;
        }
        return false;
    }

    /** A one-line description of a failure for operators (no secrets reach exceptions' messages). */
    public static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
