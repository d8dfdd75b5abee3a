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
import rongcloud.gateway.adapter.out.rest.UpstreamPolicy;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
import rongcloud.gateway.application.port.in.group.GroupManagementUseCase;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.application.service.entrustgroup.EntrustGroupService;
import rongcloud.gateway.application.service.group.GroupManagementService;
import rongcloud.gateway.application.service.group.GroupMuteManagementService;
import rongcloud.gateway.application.service.user.UserManagementService;
import rongcloud.gateway.domain.entrustgroup.EntrustGroupPort;
import rongcloud.gateway.domain.group.GroupManagementPort;
import rongcloud.gateway.domain.group.GroupMutePort;
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

    /** Timeouts, retries, failover, breakers and bulkheads of upstream calls (docs/faults.md). */
    @Produces
    @Singleton
    UpstreamPolicy upstreamPolicy(RongCloudConfig config) {
        RongCloudConfig.Timeouts t = config.timeouts();
        RongCloudConfig.CircuitBreaker cb = config.circuitBreaker();
        return new UpstreamPolicy(t.query(), t.mutation(), t.send(), t.broadcast(), t.deadlineReserve(),
                config.retry().maxAttempts(), config.retry().backoff(), config.retry().maxBackoff(),
                config.failover().coolDown(), cb.requestVolume(), cb.failureRatio(), cb.delay(), cb.successThreshold(),
                config.bulkhead().perArea());
    }

    @Produces
    @ApplicationScoped
    UserManagementUseCase userManagement(UserManagementPort port) {
        return new UserManagementService(port);
    }

    @Produces
    @ApplicationScoped
    GroupManagementUseCase groupManagement(GroupManagementPort port) {
        return new GroupManagementService(port);
    }

    @Produces
    @ApplicationScoped
    GroupMuteManagementUseCase groupMuteManagement(GroupMutePort port) {
        return new GroupMuteManagementService(port);
    }

    @Produces
    @ApplicationScoped
    EntrustGroupUseCase entrustGroups(EntrustGroupPort port) {
        return new EntrustGroupService(port);
    }
}
