package rongcloud.gateway.infra.tracing;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Copies the request id of a span to every span started under it in this process: the REST client span of
 * the RongCloud call (whose X-Request-ID header carries the same id), and later quota-store or database
 * spans. Picked up by quarkus-opentelemetry as a CDI {@link SpanProcessor}.
 */
@ApplicationScoped
public class RequestIdSpanProcessor implements SpanProcessor {
    /** The span attribute holding the X-Request-ID of the gRPC call. */
    public static final String ATTRIBUTE = "rongcloud.request_id";
    static final AttributeKey<String> KEY = AttributeKey.stringKey(ATTRIBUTE);

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        if (Span.fromContext(parentContext) instanceof ReadableSpan parent) {
            String requestId = parent.getAttribute(KEY);
            if (requestId != null) {
                span.setAttribute(KEY, requestId);
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(io.opentelemetry.sdk.trace.ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
