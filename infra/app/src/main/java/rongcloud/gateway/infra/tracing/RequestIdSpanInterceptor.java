package rongcloud.gateway.infra.tracing;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.opentelemetry.api.trace.Span;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Prioritized;
import rongcloud.gateway.adapter.in.grpc.GrpcCallContext;

/**
 * Puts the call's X-Request-ID on the gRPC server span as {@value RequestIdSpanProcessor#ATTRIBUTE}.
 * Runs after (inside) OpenTelemetry's server interceptor, which makes the span current, and after the
 * request-id interceptor, which puts the id in the gRPC context (both have the default priority 0; lower
 * runs later). Child spans (the REST client call to RongCloud...) inherit it through {@link RequestIdSpanProcessor}.
 * With the OpenTelemetry SDK disabled the current span is a no-op and this costs nothing.
 */
@GlobalInterceptor
@ApplicationScoped
public class RequestIdSpanInterceptor implements ServerInterceptor, Prioritized {
    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                       ServerCallHandler<Q, A> next) {
        Span span = Span.current();
        if (span.isRecording()) {
            span.setAttribute(RequestIdSpanProcessor.ATTRIBUTE, GrpcCallContext.current().requestId());
        }
        return next.startCall(call, headers);
    }

    @Override
    public int getPriority() {
        return -100;
    }
}
