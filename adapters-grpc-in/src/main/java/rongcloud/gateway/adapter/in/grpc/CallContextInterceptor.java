package rongcloud.gateway.adapter.in.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.ForwardingServerCall.SimpleForwardingServerCall;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;

/**
 * Gives every call a request id: the caller's {@code x-request-id} when it is usable (1..36 characters of
 * letters, digits, '-', '_', '.'), a new UUID otherwise. The id travels to RongCloud as X-Request-ID, into
 * the logs and error details, and back to the caller in the response headers (or trailers).
 */
@GlobalInterceptor
@ApplicationScoped
public class CallContextInterceptor implements ServerInterceptor {
    public static final Metadata.Key<String> REQUEST_ID_HEADER =
            Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);
    static final Context.Key<String> REQUEST_ID = Context.key("rongcloud-gateway-request-id");
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9._-]{1,36}");

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                       ServerCallHandler<Q, A> next) {
        String offered = headers.get(REQUEST_ID_HEADER);
        String requestId = offered != null && USABLE.matcher(offered).matches() ? offered : RequestIds.random();
        ServerCall<Q, A> tagged = new SimpleForwardingServerCall<>(call) {
            private boolean headersSent;

            @Override
            public void sendHeaders(Metadata responseHeaders) {
                responseHeaders.put(REQUEST_ID_HEADER, requestId);
                headersSent = true;
                super.sendHeaders(responseHeaders);
            }

            @Override
            public void close(Status status, Metadata trailers) {
                if (!headersSent) {
                    trailers.put(REQUEST_ID_HEADER, requestId);
                }
                super.close(status, trailers);
            }
        };
        return Contexts.interceptCall(Context.current().withValue(REQUEST_ID, requestId), tagged, headers, next);
    }
}
