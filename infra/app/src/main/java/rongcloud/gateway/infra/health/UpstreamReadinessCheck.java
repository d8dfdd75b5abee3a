package rongcloud.gateway.infra.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;

/**
 * Can the gateway reach RongCloud? A TCP connect to every configured host (in sandbox: the emulator):
 * {@code AVAILABLE} when all answer, {@code DEGRADED} when only some do (calls fail over), {@code UNAVAILABLE}
 * (DOWN) when none does.
 *
 * <p>A TCP connect rather than a signed API call: it costs nothing from RongCloud's per-app rate budget, and a
 * credential problem (which would fail every pod alike) is reported on the calls themselves, not by taking
 * every instance out of the Service.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadinessCheck implements HealthCheck {
    static final String NAME = "rongcloud-upstream";
    private static final Duration MAX_PROBE_TIMEOUT = Duration.ofSeconds(1);

    private final RongCloudSettings settings;

    public UpstreamReadinessCheck(RongCloudSettings settings) {
        this.settings = settings;
    }

    @Override
    public HealthCheckResponse call() {
        List<URI> hosts = settings.hosts();
        int timeout = (int) Math.min(settings.connectTimeout().toMillis(), MAX_PROBE_TIMEOUT.toMillis());
        Map<String, String> data = new LinkedHashMap<>();
        int reachable = 0;
        for (URI host : hosts) {
            String failure = connect(host, timeout);
            data.put(host.getHost() + ":" + port(host), failure == null ? "reachable" : "unreachable: " + failure);
            if (failure == null) {
                reachable++;
            }
        }
        DependencyState state = reachable == hosts.size() ? DependencyState.AVAILABLE
                : reachable > 0 ? DependencyState.DEGRADED : DependencyState.UNAVAILABLE;
        return DependencyHealth.response(NAME, state, data);
    }

    private static String connect(URI host, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.getHost(), port(host)), timeoutMillis);
            return null;
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static int port(URI host) {
        if (host.getPort() > 0) {
            return host.getPort();
        }
        return "http".equalsIgnoreCase(host.getScheme()) ? 80 : 443;
    }
}
