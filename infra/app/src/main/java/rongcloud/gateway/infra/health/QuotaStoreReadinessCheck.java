package rongcloud.gateway.infra.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.port.out.quota.QuotaStoreUnavailableException;

/**
 * Does the shared quota store answer? {@code AVAILABLE} when {@link QuotaStore#ping()} succeeds,
 * {@code DEGRADED} when it fails (still UP: the quota gate falls back to local enforcement, so the shared
 * budget is not guaranteed across instances), {@code NOT_CONFIGURED} when no store bean is deployed.
 */
@Readiness
@ApplicationScoped
public class QuotaStoreReadinessCheck implements HealthCheck {
    static final String NAME = "quota-store";

    private final Instance<QuotaStore> store;

    public QuotaStoreReadinessCheck(Instance<QuotaStore> store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        if (!store.isResolvable()) {
            return DependencyHealth.response(NAME, DependencyState.NOT_CONFIGURED, Map.of());
        }
        QuotaStore quotaStore = store.get();
        try {
            quotaStore.ping();
            return DependencyHealth.response(NAME, DependencyState.AVAILABLE, Map.of("store", quotaStore.describe()));
        } catch (QuotaStoreUnavailableException | IllegalStateException e) {
            return DependencyHealth.response(NAME, DependencyState.DEGRADED, Map.of("store", quotaStore.describe(),
                    "failure", String.valueOf(e.getMessage()), "enforcement", "local"));
        }
    }
}
