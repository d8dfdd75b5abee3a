package rongcloud.gateway.infra.health;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Builds the response of a dependency check: UP/DOWN from the {@link DependencyState}, the state's name under
 * {@code state}, and what the check saw. Each dependency (RongCloud, the quota store, later the database) is
 * one {@code @Readiness} bean in this package; SmallRye Health aggregates them under {@code /q/health/ready}.
 */
public final class DependencyHealth {
    private DependencyHealth() {
    }

    public static HealthCheckResponse response(String name, DependencyState state, Map<String, String> data) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).status(state.up())
                .withData("state", state.name());
        data.forEach(builder::withData);
        return builder.build();
    }
}
