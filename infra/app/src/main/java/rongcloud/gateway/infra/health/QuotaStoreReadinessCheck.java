package rongcloud.gateway.infra.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import rongcloud.gateway.application.quota.QuotaStatus;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;

/**
 * Where the quota budget is kept, as the quota gate itself sees it (it probes the shared store in the
 * background): {@code AVAILABLE} when the shared store (Infinispan) is in use, {@code DEGRADED} while it is
 * unreachable (still UP: each instance enforces its share of every limit locally, and returns to shared mode by
 * itself), {@code NOT_CONFIGURED} with the local store (sandbox, single instance).
 */
@Readiness
@ApplicationScoped
public class QuotaStoreReadinessCheck implements HealthCheck {
    static final String NAME = "quota-store";

    private final SlidingLogQuotaGate gate;

    public QuotaStoreReadinessCheck(SlidingLogQuotaGate gate) {
        this.gate = gate;
    }

    @Override
    public HealthCheckResponse call() {
        QuotaStatus status = gate.status();
        DependencyState state = switch (status.mode()) {
            case SHARED -> DependencyState.AVAILABLE;
            case DEGRADED -> DependencyState.DEGRADED;
            case LOCAL -> DependencyState.NOT_CONFIGURED;
        };
        return DependencyHealth.response(NAME, state, Map.of("mode", status.mode().name(), "store", status.store(),
                "since", status.since().toString(), "instances", Integer.toString(status.instances()),
                "detail", String.valueOf(status.detail())));
    }
}
