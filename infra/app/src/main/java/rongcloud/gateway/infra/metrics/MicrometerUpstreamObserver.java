package rongcloud.gateway.infra.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import rongcloud.gateway.adapter.out.rest.UpstreamObserver;

/**
 * Upstream series, per RongCloud path and host (Prometheus names):
 * <ul>
 *   <li>{@code rongcloud_upstream_attempts_total{path,host,outcome}}: every attempt, one per host tried;</li>
 *   <li>{@code rongcloud_upstream_failures_total{path,host,kind,code}}: attempts that did not succeed, by kind
 *       ({@link UpstreamObserver.Outcome}: rongcloud_error, no_envelope, connect_failure, timeout, io_failure)
 *       and RongCloud code ("none" for transport failures);</li>
 *   <li>{@code rongcloud_upstream_latency_seconds{path,host,outcome}}: time per attempt (a timer: count, sum, max);</li>
 *   <li>{@code rongcloud_upstream_retries_total{path,host,to,cause}}: failed attempts followed by another one
 *       ({@code to} the host of the next attempt);</li>
 *   <li>{@code rongcloud_upstream_failovers_total{path,from,to}}: retries that went to another host;</li>
 *   <li>{@code rongcloud_upstream_host_switches_total{from,to}}: changes of the host calls try first;</li>
 *   <li>{@code rongcloud_upstream_breaker_state{host}}: 0 closed, 1 half-open, 2 open;</li>
 *   <li>{@code rongcloud_upstream_rejections_total{path,reason}}: calls refused without sending (circuit_open,
 *       bulkhead_full, deadline_exceeded).</li>
 * </ul>
 * Tags are bounded: paths come from the catalogue, hosts from configuration, codes from RongCloud's list.
 */
@Singleton
public class MicrometerUpstreamObserver implements UpstreamObserver {
    static final String ATTEMPTS = "rongcloud.upstream.attempts";
    static final String FAILURES = "rongcloud.upstream.failures";
    static final String LATENCY = "rongcloud.upstream.latency";
    static final String RETRIES = "rongcloud.upstream.retries";
    static final String FAILOVERS = "rongcloud.upstream.failovers";
    static final String HOST_SWITCHES = "rongcloud.upstream.host.switches";
    static final String BREAKER_STATE = "rongcloud.upstream.breaker.state";
    static final String REJECTIONS = "rongcloud.upstream.rejections";

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> breakerStates = new ConcurrentHashMap<>();

    public MicrometerUpstreamObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attempt(String path, URI host, Outcome outcome, Integer code, Duration elapsed) {
        String hostTag = tag(host);
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

    @Override
    public void retry(String path, URI from, URI to, Outcome cause) {
        Counter.builder(RETRIES).description("Failed attempts followed by another attempt")
                .tags("path", path, "host", tag(from), "to", tag(to), "cause", cause.tag())
                .register(registry).increment();
        if (!from.equals(to)) {
            Counter.builder(FAILOVERS).description("Retries sent to another host")
                    .tags("path", path, "from", tag(from), "to", tag(to))
                    .register(registry).increment();
        }
    }

    @Override
    public void hostSwitched(URI from, URI to) {
        Counter.builder(HOST_SWITCHES).description("Changes of the RongCloud host calls try first")
                .tags("from", tag(from), "to", tag(to)).register(registry).increment();
    }

    @Override
    public void breakerState(URI host, String state) {
        int value = switch (state) {
            case "open" -> 2;
            case "half_open" -> 1;
            default -> 0;
        };
        breakerState(host).set(value);
    }

    @Override
    public void rejected(String path, String reason) {
        Counter.builder(REJECTIONS).description("Calls refused without sending them to RongCloud")
                .tags("path", path, "reason", reason).register(registry).increment();
    }

    private AtomicInteger breakerState(URI host) {
        return breakerStates.computeIfAbsent(tag(host), h -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder(BREAKER_STATE, value, AtomicInteger::get)
                    .description("Circuit breaker of a RongCloud host: 0 closed, 1 half-open, 2 open")
                    .tags("host", h).register(registry);
            return value;
        });
    }

    private static String tag(URI host) {
        return host.getAuthority() == null ? String.valueOf(host) : host.getAuthority();
    }
}
