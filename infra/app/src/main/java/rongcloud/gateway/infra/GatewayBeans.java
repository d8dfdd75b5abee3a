package rongcloud.gateway.infra;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.application.quota.QuotaGate;
import rongcloud.gateway.application.service.user.UserManagementService;
import rongcloud.gateway.domain.user.UserManagementPort;

/**
 * The one place where the core (framework-free use cases) is wired to its adapters, and where the
 * upstream settings are chosen: the sandbox emulator, or the configured RongCloud data center.
 */
@ApplicationScoped
public class GatewayBeans {

    @Produces
    @Singleton
    @Startup
    RongCloudSettings rongCloudSettings(RongCloudConfig config, SandboxEmulator sandbox) {
        if (config.sandbox().enabled()) {
            RongCloudEmulator emulator = sandbox.start(config);
            return new RongCloudSettings(emulator.appKey(), emulator.appSecret(), List.of(emulator.baseUri()),
                    config.connectTimeout(), config.readTimeout(), config.dataCenterZone());
        }
        List<String> missing = new ArrayList<>();
        if (config.appKey().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("RONGCLOUD_APP_KEY");
        }
        if (config.appSecret().filter(s -> !s.isBlank()).isEmpty()) {
            missing.add("RONGCLOUD_APP_SECRET");
        }
        if (config.hosts().filter(h -> !h.isEmpty()).isEmpty()) {
            missing.add("RONGCLOUD_HOSTS");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("Missing configuration " + String.join(", ", missing)
                    + ": set them to reach RongCloud, or run with -Dquarkus.profile=sandbox for the built-in emulator");
        }
        return new RongCloudSettings(config.appKey().get(), config.appSecret().get(), config.hosts().get(),
                config.connectTimeout(), config.readTimeout(), config.dataCenterZone());
    }

    @Produces
    @ApplicationScoped
    UserManagementUseCase userManagement(UserManagementPort port, QuotaGate quota) {
        return new UserManagementService(port, quota);
    }
}
