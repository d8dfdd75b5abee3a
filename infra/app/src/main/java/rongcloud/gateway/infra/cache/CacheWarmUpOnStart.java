package rongcloud.gateway.infra.cache;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import rongcloud.gateway.application.cache.CacheWarmUp;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.port.out.persistence.StateMirror;

/**
 * Warms this instance's caches from the state mirror at start ({@link CacheWarmUp}), on the start-up thread. A database that cannot be read only costs the warm-up (logged; the caches fill from RongCloud as usual).
 */
@ApplicationScoped
public class CacheWarmUpOnStart {
    private static final Logger LOG = Logger.getLogger(CacheWarmUpOnStart.class);
    private final AtomicInteger warmed = new AtomicInteger();

    void onStart(@Observes StartupEvent event, CacheConfig config, StateMirror mirror, StateCaches caches,
                 MeterRegistry registry) {
        registry.gauge("gateway.cache.warmed.entries", warmed);
        CacheWarmUp warmUp = new CacheWarmUp(mirror, caches,
                new CacheWarmUp.Settings(config.warmUp().window(), config.warmUp().maxEntries()));
        try {
            CacheWarmUp.Result result = warmUp.run();
            warmed.set(result.total());
            LOG.infof("caches warmed from the state mirror: %s in %d ms", result.warmed(), result.took().toMillis());
        } catch (RuntimeException e) {
            LOG.warnf("cache warm-up from the state mirror skipped: %s", e.getMessage());
        }
    }

    /** Entries put by the last warm-up. */
    public int warmed() {
        return warmed.get();
    }
}
