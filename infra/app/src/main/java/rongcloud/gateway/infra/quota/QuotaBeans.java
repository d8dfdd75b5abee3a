package rongcloud.gateway.infra.quota;

import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import io.quarkus.infinispan.client.runtime.InfinispanClientProducer;
import io.quarkus.infinispan.client.runtime.InfinispanClientUtil;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.quota.QuotaClock;
import rongcloud.gateway.application.quota.QuotaObserver;
import rongcloud.gateway.application.quota.QuotaSettings;
import rongcloud.gateway.application.quota.QuotaStatus;
import rongcloud.gateway.application.quota.QuotaTiming;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.quota.QuotaPlan;
import rongcloud.gateway.infra.RongCloudConfig;
import rongcloud.gateway.infra.auth.CallerSource;

/**
 * Assembles the quota gate: the catalog's plan with the configured overrides and headroom, the store chosen by
 * {@code gateway.quota.store}, and a background probe of the shared store (degraded mode and recovery). The
 * Hot Rod client is looked up only when the store is {@code infinispan}; it never connects otherwise.
 * {@link SlidingLogQuotaGate#status()} is what a health check reads. Fair shares take the callers' weights from
 * {@link CallerSource}; per-caller usage goes to Micrometer ({@link MicrometerQuotaObserver}).
 */
@ApplicationScoped
public class QuotaBeans {
    private static final Logger LOG = Logger.getLogger("rongcloud.gateway.quota");

    private ScheduledExecutorService prober;
    private ScheduledExecutorService renewal;

    @Produces
    @Singleton
    @Startup
    SlidingLogQuotaGate quotaGate(QuotaConfig config, RongCloudConfig rongcloud, RongCloudSettings upstream,
                                  @Any Instance<InfinispanClientProducer> hotRod, Instance<CallerSource> callers,
                                  Instance<MeterRegistry> registry) {
        QuotaPlan plan;
        try {
            plan = QuotaPlan.catalog().withOverrides(config.override()).withHeadroom(config.headroom());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("gateway.quota: " + e.getMessage());
        }
        QuotaSettings settings;
        try {
            settings = new QuotaSettings(new QuotaTiming(config.safetyMargin(), rongcloud.dataCenterZone()),
                    config.maxWait(), config.deadlineReserve(), config.instances(), config.recoveryHold(),
                    config.maxQueue(), "rc:" + upstream.appKey() + ":");
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("gateway.quota: " + e.getMessage());
        }
        Optional<QuotaStore> shared = Optional.empty();
        if (config.store() == QuotaConfig.StoreKind.INFINISPAN) {
            // The extension's producer builds the client from quarkus.infinispan-client.* (hosts, auth, TLS, timeouts)
            // without starting it (start-client=false); the store starts it on first use. Not the RemoteCacheManager
            // bean: its client proxy extends RemoteCacheManager, and constructing the proxy starts a second client
            // with default settings (127.0.0.1:11222) - and the extension creates that bean eagerly at start-up
            // unless quarkus.infinispan-client.devservices.create-default-client=false (application.properties).
            shared = Optional.of(new InfinispanQuotaStore(
                    () -> hotRod.get().getNamedRemoteCacheManager(InfinispanClientUtil.DEFAULT_INFINISPAN_CLIENT_NAME),
                    config.infinispan().cache(),
                    config.infinispan().cacheConfiguration().orElse(InfinispanQuotaStore.DEFAULT_CACHE_CONFIGURATION)));
        }
        QuotaObserver observer = registry.isResolvable() ? new MicrometerQuotaObserver(registry.get()) : QuotaObserver.NONE;
        SlidingLogQuotaGate gate = new SlidingLogQuotaGate(plan, settings, shared, QuotaClock.system(),
                new CallerSourceWeights(callers::get), observer);
        gate.onStatusChange(QuotaBeans::log);
        LOG.infof("Quotas: %d plan entries, store %s, %d instance(s), headroom %.2f, safety margin %d ms, max wait %d ms, "
                        + "%d override(s)", plan.entries().size(), config.store().name().toLowerCase(), config.instances(),
                config.headroom(), config.safetyMargin().toMillis(), config.maxWait().toMillis(), config.override().size());
        // grants of requests still in flight keep counting until the request ends (SlidingLogQuotaGate.settle)
        renewal = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "quota-in-flight-renewal");
            t.setDaemon(true);
            return t;
        });
        renewal.scheduleWithFixedDelay(gate::renewInFlight, SlidingLogQuotaGate.RENEW_EVERY_MILLIS,
                SlidingLogQuotaGate.RENEW_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        if (shared.isPresent()) {
            prober = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "quota-store-probe");
                t.setDaemon(true);
                return t;
            });
            prober.scheduleWithFixedDelay(gate::probe, 0, Math.max(50, config.probeInterval().toMillis()), TimeUnit.MILLISECONDS);
        }
        return gate;
    }

    void close(@Disposes SlidingLogQuotaGate gate) {
        if (prober != null) {
            prober.shutdownNow();
        }
        if (renewal != null) {
            renewal.shutdownNow();
        }
    }

    private static void log(QuotaStatus status) {
        if (status.degraded()) {
            LOG.warnf("Quotas DEGRADED since %s: %s", status.since(), status.detail());
        } else {
            LOG.infof("Quotas %s via %s: %s", status.mode(), status.store(), status.detail());
        }
    }
}
