package rongcloud.gateway.adapter.in.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Duration;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.QuotaFailure;
import com.google.rpc.RetryInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.Map;
import org.jboss.logging.Logger;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.ConflictException;
import rongcloud.gateway.domain.error.DeadlineExceededException;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.error.NotFoundException;
import rongcloud.gateway.domain.error.QuotaExhaustedException;
import rongcloud.gateway.domain.error.StoreUnavailableException;
import rongcloud.gateway.domain.error.UpstreamErrorKind;
import rongcloud.gateway.domain.error.UpstreamException;
import rongcloud.gateway.domain.error.UpstreamUnavailableException;

/**
 * Turns the gateway's failures into {@code google.rpc.Status} (AIP-193): one {@link ErrorInfo} with a stable
 * reason and lowerCamel metadata, plus {@link BadRequest} for invalid input and {@link RetryInfo} where
 * waiting helps. The one place where exceptions become status codes.
 */
public final class GrpcErrors {
    public static final String DOMAIN = "rongcloud.gateway";
    public static final String REASON_INVALID = "INVALID_REQUEST";
    public static final String REASON_UNAVAILABLE = "UPSTREAM_UNAVAILABLE";
    public static final String REASON_INTERNAL = "INTERNAL_ERROR";
    public static final String REASON_QUOTA = "QUOTA_EXHAUSTED";
    /** Every host's circuit breaker is open: the gateway answered at once without calling RongCloud. */
    public static final String REASON_CIRCUIT_OPEN = "UPSTREAM_CIRCUIT_OPEN";
    /** Too many calls of this area are in flight (bulkhead full): refused at once without calling RongCloud. */
    public static final String REASON_BULKHEAD_FULL = "UPSTREAM_BULKHEAD_FULL";
    /** The caller's deadline passed; metadata {@code sentUpstream} tells whether RongCloud may have got the request. */
    public static final String REASON_DEADLINE = "DEADLINE_EXCEEDED";
    /** The gateway's own database is unavailable (queued sends, journal and mirror reads). */
    public static final String REASON_STORE_UNAVAILABLE = "STORE_UNAVAILABLE";
    /** Something the gateway itself keeps does not exist (a submission, a mirrored group). */
    public static final String REASON_NOT_FOUND = "NOT_FOUND";
    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    private GrpcErrors() {
    }

    public static StatusRuntimeException toStatus(Throwable failure, CallContext ctx) {
        if (failure instanceof StatusRuntimeException already) {
            return already;
        }
        com.google.rpc.Status status;
        if (failure instanceof InvalidArgumentException invalid) {
            BadRequest.Builder bad = BadRequest.newBuilder();
            for (FieldViolation v : invalid.violations()) {
                bad.addFieldViolations(BadRequest.FieldViolation.newBuilder()
                        .setField(v.field()).setDescription(v.description()));
            }
            status = status(Code.INVALID_ARGUMENT, invalid.getMessage(),
                    info(REASON_INVALID, Map.of("requestId", ctx.requestId())), Any.pack(bad.build()));
        } else if (failure instanceof QuotaExhaustedException quota) {
            // The gateway did not call RongCloud: its quota (shared by every instance) cannot be had in time.
            QuotaFailure quotaFailure = QuotaFailure.newBuilder().addViolations(QuotaFailure.Violation.newBuilder()
                    .setSubject(quota.subject()).setDescription(quota.rule())).build();
            status = status(Code.RESOURCE_EXHAUSTED, quota.getMessage(),
                    info(REASON_QUOTA, Map.of("quotaSubject", quota.subject(), "quotaRule", quota.rule(),
                            "retryAfterMillis", Long.toString(quota.retryAfter().toMillis()), "requestId", ctx.requestId())),
                    Any.pack(quotaFailure), Any.pack(retryAfter(quota.retryAfter())));
        } else if (failure instanceof UpstreamException upstream) {
            Code code = codeOf(upstream.kind());
            ErrorInfo info = info("RONGCLOUD_" + upstream.code(), Map.of(
                    "rongcloudCode", Integer.toString(upstream.code()),
                    "rongcloudMessage", upstream.upstreamMessage(),
                    "httpStatus", Integer.toString(upstream.httpStatus()),
                    "upstreamPath", upstream.path(),
                    "requestId", ctx.requestId()));
            String message = message(upstream.kind()) + " (RongCloud code " + upstream.code() + ": "
                    + upstream.upstreamMessage() + ")";
            status = code == Code.RESOURCE_EXHAUSTED || code == Code.UNAVAILABLE
                    ? status(code, message, info, Any.pack(retryAfterSeconds(1)))
                    : status(code, message, info);
        } else if (failure instanceof UpstreamUnavailableException unavailable) {
            String reason = switch (unavailable.reason()) {
                case CIRCUIT_OPEN -> REASON_CIRCUIT_OPEN;
                case BULKHEAD_FULL -> REASON_BULKHEAD_FULL;
                case UNREACHABLE -> REASON_UNAVAILABLE;
            };
            status = status(Code.UNAVAILABLE, unavailable.getMessage(),
                    info(reason, Map.of("upstreamPath", unavailable.path(), "requestId", ctx.requestId())),
                    Any.pack(retryAfterSeconds(1)));
        } else if (failure instanceof DeadlineExceededException deadline) {
            status = status(Code.DEADLINE_EXCEEDED, deadline.getMessage(),
                    info(REASON_DEADLINE, Map.of("upstreamPath", deadline.path(), "requestId", ctx.requestId(),
                            "sentUpstream", Boolean.toString(deadline.sentUpstream()))));
        } else if (failure instanceof StoreUnavailableException store) {
            status = status(Code.UNAVAILABLE, store.getMessage(),
                    info(REASON_STORE_UNAVAILABLE, Map.of("requestId", ctx.requestId())),
                    Any.pack(retryAfterSeconds(1)));
        } else if (failure instanceof NotFoundException notFound) {
            status = status(Code.NOT_FOUND, notFound.getMessage(), info(REASON_NOT_FOUND,
                    Map.of("resource", notFound.resource(), "requestId", ctx.requestId())));
        } else if (failure instanceof ConflictException conflict) {
            status = status(Code.ALREADY_EXISTS, conflict.getMessage(),
                    info(conflict.reason(), Map.of("requestId", ctx.requestId())));
        } else {
            LOG.errorf(failure, "unexpected failure requestId=%s", ctx.requestId());
            status = status(Code.INTERNAL, "internal error; quote request id " + ctx.requestId(),
                    info(REASON_INTERNAL, Map.of("requestId", ctx.requestId())));
        }
        return StatusProto.toStatusRuntimeException(status);
    }

    /** A status with one {@link ErrorInfo} (our domain, {@code reason}, {@code metadata}) and nothing else. */
    public static StatusRuntimeException error(Code code, String reason, String message, Map<String, String> metadata) {
        return StatusProto.toStatusRuntimeException(status(code, message, info(reason, metadata)));
    }

    static Code codeOf(UpstreamErrorKind kind) {
        return switch (kind) {
            case INVALID_REQUEST -> Code.INVALID_ARGUMENT;
            case GATEWAY_CREDENTIALS_REJECTED -> Code.INTERNAL;
            case APP_NOT_ENABLED, STATE_CONFLICT -> Code.FAILED_PRECONDITION;
            case METHOD_FORBIDDEN -> Code.PERMISSION_DENIED;
            case RATE_LIMITED -> Code.RESOURCE_EXHAUSTED;
            case NOT_FOUND -> Code.NOT_FOUND;
            case TRANSIENT -> Code.UNAVAILABLE;
            case UNKNOWN_PATH -> Code.UNIMPLEMENTED;
            case UNKNOWN -> Code.UNKNOWN;
        };
    }

    private static String message(UpstreamErrorKind kind) {
        return switch (kind) {
            case INVALID_REQUEST -> "RongCloud rejected a parameter";
            case GATEWAY_CREDENTIALS_REJECTED -> "RongCloud rejected the gateway's credentials; operators must check the App Key and secret";
            case APP_NOT_ENABLED -> "the RongCloud app is locked or the service is not enabled";
            case METHOD_FORBIDDEN -> "the method is restricted for this RongCloud app";
            case RATE_LIMITED -> "RongCloud's rate limit or capacity was exceeded";
            case NOT_FOUND -> "RongCloud does not know the target";
            case STATE_CONFLICT -> "RongCloud refused the operation in the current state";
            case TRANSIENT -> "RongCloud failed temporarily";
            case UNKNOWN_PATH -> "RongCloud does not serve this path";
            case UNKNOWN -> "RongCloud answered an unknown code";
        };
    }

    private static ErrorInfo info(String reason, Map<String, String> metadata) {
        return ErrorInfo.newBuilder().setReason(reason).setDomain(DOMAIN).putAllMetadata(metadata).build();
    }

    private static RetryInfo retryAfterSeconds(long seconds) {
        return RetryInfo.newBuilder().setRetryDelay(Duration.newBuilder().setSeconds(seconds)).build();
    }

    private static RetryInfo retryAfter(java.time.Duration delay) {
        return RetryInfo.newBuilder().setRetryDelay(Duration.newBuilder()
                .setSeconds(delay.getSeconds()).setNanos(delay.getNano())).build();
    }

    private static com.google.rpc.Status status(Code code, String message, ErrorInfo info, Any... more) {
        com.google.rpc.Status.Builder b = com.google.rpc.Status.newBuilder()
                .setCode(code.getNumber()).setMessage(message).addDetails(Any.pack(info));
        for (Any detail : more) {
            b.addDetails(detail);
        }
        return b.build();
    }
}
