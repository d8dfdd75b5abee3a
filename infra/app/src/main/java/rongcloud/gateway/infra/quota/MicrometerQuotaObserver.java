package rongcloud.gateway.infra.quota;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import rongcloud.gateway.application.quota.QuotaObserver;

/**
 * Per-caller quota usage: {@code gateway.quota.granted.units} (counter) and {@code gateway.quota.wait} (timer, tag
 * {@code outcome} granted|exhausted), tagged {@code caller} and {@code quota} (the plan's budget: a path or pool).
 * Both tags are bounded: callers come from configuration ("anonymous" with authentication off), budgets from the plan.
 */
final class MicrometerQuotaObserver implements QuotaObserver {
    private final MeterRegistry registry;
    private final Map<String, Counter> units = new ConcurrentHashMap<>();
    private final Map<String, Timer> waits = new ConcurrentHashMap<>();

    MicrometerQuotaObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void granted(String callerId, String budget, long n, long waitedMillis) {
        units.computeIfAbsent(callerId + '\n' + budget, k -> Counter.builder("gateway.quota.granted.units")
                .description("Units (requests, users, recipients, ...) granted by the quota gate")
                .tag("caller", callerId).tag("quota", budget).register(registry)).increment(n);
        timer(callerId, budget, "granted").record(Duration.ofMillis(waitedMillis));
    }

    @Override
    public void exhausted(String callerId, String budget, long waitedMillis) {
        timer(callerId, budget, "exhausted").record(Duration.ofMillis(waitedMillis));
    }

    private Timer timer(String callerId, String budget, String outcome) {
        return waits.computeIfAbsent(callerId + '\n' + budget + '\n' + outcome, k -> Timer.builder("gateway.quota.wait")
                .description("Time calls waited at the quota gate")
                .tag("caller", callerId).tag("quota", budget).tag("outcome", outcome).register(registry));
    }
}
