package rongcloud.gateway.infra.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import rongcloud.gateway.adapter.out.rest.UpstreamObserver;

/**
 * Upstream series, per RongCloud path and host (Prometheus names):
 * <ul>
 *   <li>{@code rongcloud_upstream_attempts_total{path,host,outcome}}: every attempt, one per host tried;</li>
 *   <li>{@code rongcloud_upstream_failures_total{path,host,kind,code}}: attempts that did not succeed, by kind
 *       ({@link UpstreamObserver.Outcome}: rongcloud_error, no_envelope, connect_failure, timeout, io_failure)
 *       and RongCloud code ("none" for transport failures);</li>
 *   <li>{@code rongcloud_upstream_latency_seconds{path,host,outcome}}: time per attempt (a timer: count, sum, max).</li>
 * </ul>
 * Tags are bounded: paths come from the catalogue, hosts from configuration, codes from RongCloud's list.
 */
@Singleton
public class MicrometerUpstreamObserver implements UpstreamObserver {
    static final String ATTEMPTS = "rongcloud.upstream.attempts";
    static final String FAILURES = "rongcloud.upstream.failures";
    static final String LATENCY = "rongcloud.upstream.latency";

    private final MeterRegistry registry;

    public MicrometerUpstreamObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attempt(String path, URI host, Outcome outcome, Integer code, Duration elapsed) {
        String hostTag = host.getAuthority() == null ? String.valueOf(host) : host.getAuthority();
        Counter.builder(ATTEMPTS).description("Attempts to call RongCloud, one per host tried")
                .tags("path", path, "host", hostTag, "outcome", outcome.tag())
                .register(registry).increment();
        Timer.builder(LATENCY).description("Time per attempt to call RongCloud")
                .tags("path", path, "host", hostTag, "outcome", outcome.tag())
                .register(registry).record(elapsed);
        if (outcome != Outcome.SUCCESS) {
            Counter.builder(FAILURES).description("Failed attempts to call RongCloud, by kind and RongCloud code")
                    .tags("path", path, "host", hostTag, "kind", outcome.tag(), "code", code == null ? "none" : code.toString())
                    .register(registry).increment();
        }
    }
}
