package rongcloud.gateway.infra;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test-only: keeps every ended span in memory (the test profile enables the SDK without an exporter). */
@ApplicationScoped
public class RecordingSpanProcessor implements SpanProcessor {
    static final List<SpanData> ENDED = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        ENDED.add(span.toSpanData());
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }
}
