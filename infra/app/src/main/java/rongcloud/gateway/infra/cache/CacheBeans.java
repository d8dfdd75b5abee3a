package rongcloud.gateway.infra.cache;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.infinispan.client.runtime.InfinispanClientProducer;
import io.quarkus.infinispan.client.runtime.InfinispanClientUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.port.in.check.CheckUseCase;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.application.port.in.userprofile.UserProfileUseCase;
import rongcloud.gateway.application.port.out.cache.InvalidationBus;
import rongcloud.gateway.application.service.check.CheckService;

/**
 * Assembles the cached user and group state: Caffeine caches per kind ({@code gateway.cache.*}), the invalidation
 * channel chosen by {@code gateway.cache.coherence} (none, or Infinispan over the Hot Rod client of
 * quarkus-infinispan-client, attached by a background probe, never at start), and the check use case.
 */
@ApplicationScoped
public class CacheBeans {
    private static final Logger LOG = Logger.getLogger("rongcloud.gateway.cache");

    private ScheduledExecutorService prober;
    private InfinispanInvalidationBus infinispanBus;

    @Produces
    @Singleton
    StateCaches stateCaches(CacheConfig config, RongCloudSettings upstream, Instance<MeterRegistry> registry,
                            @Any Instance<InfinispanClientProducer> hotRod) {
        MeterRegistry meters = registry.isResolvable() ? registry.get() : null;
        CaffeineCacheFactory factory = new CaffeineCacheFactory(config, meters);
        InvalidationBus bus = InvalidationBus.NONE;
        if (config.coherence() == CacheConfig.Coherence.INFINISPAN) {
            CacheConfig.Infinispan ispn = config.infinispan();
            infinispanBus = new InfinispanInvalidationBus(
                    () -> hotRod.get().getNamedRemoteCacheManager(InfinispanClientUtil.DEFAULT_INFINISPAN_CLIENT_NAME),
                    ispn.cache(), ispn.cacheConfiguration().orElse(InfinispanInvalidationBus.DEFAULT_CACHE_CONFIGURATION),
                    upstream.appKey(), ispn.eventLifespan());
            bus = infinispanBus;
        }
        StateCaches caches = new StateCaches(factory, bus, Clock.systemUTC());
        if (infinispanBus != null) {
            InfinispanInvalidationBus b = infinispanBus;
            prober = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cache-coherence-probe");
                t.setDaemon(true);
                return t;
            });
            prober.scheduleWithFixedDelay(b::probe, 0, Math.max(50, config.infinispan().probeInterval().toMillis()),
                    TimeUnit.MILLISECONDS);
            if (meters != null) {
                Gauge.builder("gateway.cache.coherence.attached", b, x -> x.attached() ? 1 : 0)
                        .description("1 while invalidations reach the other instances through Infinispan").register(meters);
                Gauge.builder("gateway.cache.invalidations.publish.failures", b, InfinispanInvalidationBus::publishFailures)
                        .register(meters);
                Gauge.builder("gateway.cache.invalidations.received", b, InfinispanInvalidationBus::receivedEvents)
                        .register(meters);
            }
        }
        LOG.infof("Caches: coherence %s; ttl/max-size per kind: %s; negative ttl %d s",
                config.coherence().name().toLowerCase(), factory.describe(), config.negativeTtl().toSeconds());
        return caches;
    }

    void close(@Disposes StateCaches caches) {
        if (prober != null) {
            prober.shutdownNow();
        }
        if (infinispanBus != null) {
            infinispanBus.close();
        }
    }

    @Produces
    @ApplicationScoped
    CheckUseCase checks(StateCaches caches, UserManagementUseCase users, UserListUseCase lists,
                        UserProfileUseCase profiles, GroupMuteManagementUseCase groupMutes, EntrustGroupUseCase groups,
                        ChatroomUseCase chatrooms, UltraGroupUseCase ultraGroups) {
        return new CheckService(caches, users, lists, profiles, groupMutes, groups, chatrooms, ultraGroups);
    }
}
