package rongcloud.gateway.infra.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Per-caller quota usage metrics. */
class QuotaMetricsTest {
    @Test
    void grantedUnitsAndWaitsPerCallerAndQuota() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerQuotaObserver observer = new MicrometerQuotaObserver(registry);
        observer.granted("backoffice", "/user/deactivate.json", 5, 120);
        observer.granted("backoffice", "/user/deactivate.json", 3, 0);
        observer.granted("reporting", "/user/deactivate.json", 1, 0);
        observer.exhausted("reporting", "/user/deactivate.json", 40);

        assertThat(registry.get("gateway.quota.granted.units").tag("caller", "backoffice")
                .tag("quota", "/user/deactivate.json").counter().count()).isEqualTo(8.0);
        assertThat(registry.get("gateway.quota.granted.units").tag("caller", "reporting").counter().count()).isEqualTo(1.0);
        var waits = registry.get("gateway.quota.wait").tag("caller", "backoffice").tag("outcome", "granted").timer();
        assertThat(waits.count()).isEqualTo(2);
        assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(120.0);
        assertThat(registry.get("gateway.quota.wait").tag("caller", "reporting").tag("outcome", "exhausted").timer()
                .count()).isEqualTo(1);
    }
}
