package rongcloud.gateway.adapter.in.grpc;

import com.google.rpc.Code;
import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Prioritized;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import rongcloud.gateway.adapter.in.grpc.auth.CallerAuthenticator;
import rongcloud.gateway.adapter.in.grpc.auth.CallerAuthenticator.Allow;
import rongcloud.gateway.adapter.in.grpc.auth.CallerAuthenticator.Deny;

/**
 * Authenticates and authorizes every call before any work ({@link CallerAuthenticator}); the caller's name
 * becomes {@code CallContext.callerId}. Refusals are {@code UNAUTHENTICATED} (reason CREDENTIALS_MISSING,
 * CREDENTIALS_INVALID, CREDENTIALS_REVOKED) or {@code PERMISSION_DENIED} (reason SCOPE_MISSING, metadata
 * {@code requiredScope}). Runs inside the request-id interceptor (priority 0; lower runs later), so refusals
 * carry the x-request-id too. Presented keys are never logged.
 */
@GlobalInterceptor
@ApplicationScoped
public class CallerAuthInterceptor implements ServerInterceptor, Prioritized {
    private static final Logger LOG = Logger.getLogger(CallerAuthInterceptor.class);
    private static final ServerCall.Listener<?> NOOP = new ServerCall.Listener<>() {
    };

    private final CallerAuthenticator authenticator;

    public CallerAuthInterceptor(CallerAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                       ServerCallHandler<Q, A> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        CallerAuthenticator.Decision decision = authenticator.decide(method, headers);
        if (decision instanceof Allow allow) {
            Context ctx = Context.current().withValue(GrpcCallContext.CALLER_ID, allow.caller().name());
            return Contexts.interceptCall(ctx, call, headers, next);
        }
        if (decision instanceof Deny deny) {
            String requestId = CallContextInterceptor.REQUEST_ID.get();
            Map<String, String> metadata = new LinkedHashMap<>();
            deny.caller().ifPresent(c -> metadata.put("caller", c));
            deny.requiredScope().ifPresent(s -> metadata.put("requiredScope", s.toString()));
            metadata.put("method", method);
            if (requestId != null) {
                metadata.put("requestId", requestId);
            }
            LOG.infof("refused %s: %s%s requestId=%s", method, deny.reason(),
                    deny.caller().map(c -> " caller=" + c).orElse("")
                            + deny.requiredScope().map(s -> " requiredScope=" + s).orElse(""), requestId);
            StatusRuntimeException refusal = GrpcErrors.error(
                    deny.unauthenticated() ? Code.UNAUTHENTICATED : Code.PERMISSION_DENIED,
                    deny.reason(), deny.message(), metadata);
            call.close(refusal.getStatus(), refusal.getTrailers() == null ? new Metadata() : refusal.getTrailers());
            return (ServerCall.Listener<Q>) NOOP;
        }
        return next.startCall(call, headers);
    }

    /** After the request-id interceptor (0) and OpenTelemetry's, before the span tagging (-100). */
    @Override
    public int getPriority() {
        return -50;
    }
}
