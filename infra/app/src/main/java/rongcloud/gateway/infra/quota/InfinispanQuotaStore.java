package rongcloud.gateway.infra.quota;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.infinispan.client.hotrod.Flag;
import org.infinispan.client.hotrod.MetadataValue;
import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.commons.configuration.StringConfiguration;
import rongcloud.gateway.application.port.out.quota.QuotaStore;
import rongcloud.gateway.application.port.out.quota.QuotaStoreUnavailableException;

/**
 * {@link QuotaStore} over an Infinispan cache through Hot Rod: {@code getWithMetadata} (state and version),
 * {@code putIfAbsent} and {@code replaceWithVersion} (compare-and-set on the entry's version), every write with
 * a lifespan so that idle quota keys vanish. The client is started, and the cache created, on first use (not at
 * application start), so the application starts whether Infinispan is up or not; every failure becomes
 * {@link QuotaStoreUnavailableException} and the gate degrades to local shares.
 */
public final class InfinispanQuotaStore implements QuotaStore {
    /** Distributed (survives the loss of one node with 2 owners), synchronous, no persistence needed. */
    public static final String DEFAULT_CACHE_CONFIGURATION = """
            <distributed-cache mode="SYNC" owners="2" statistics="false">
              <encoding media-type="application/x-protostream"/>
              <locking isolation="REPEATABLE_READ"/>
            </distributed-cache>""";
    private static final String PING_KEY = "__gateway-quota-ping";

    private final Supplier<RemoteCacheManager> managers;
    private final String cacheName;
    private final String cacheConfiguration;
    private volatile RemoteCache<String, byte[]> cache;

    /**
     * @param managers           the Hot Rod client (e.g. quarkus-infinispan-client's bean), started here on first use
     * @param cacheName          the quota cache
     * @param cacheConfiguration its configuration, used only if the server does not have it yet
     */
    public InfinispanQuotaStore(Supplier<RemoteCacheManager> managers, String cacheName, String cacheConfiguration) {
        this.managers = managers;
        this.cacheName = cacheName;
        this.cacheConfiguration = cacheConfiguration;
    }

    @Override
    public Optional<Versioned> read(String key) {
        try {
            MetadataValue<byte[]> value = cache().getWithMetadata(key);
            return value == null ? Optional.empty() : Optional.of(new Versioned(value.getValue(), value.getVersion()));
        } catch (RuntimeException e) {
            throw unavailable("read", e);
        }
    }

    @Override
    public boolean create(String key, byte[] state, Duration lifespan) {
        try {
            // FORCE_RETURN_VALUE per call: Hot Rod returns null from putIfAbsent without it, present or not.
            return cache().withFlags(Flag.FORCE_RETURN_VALUE)
                    .putIfAbsent(key, state, lifespan.toMillis(), TimeUnit.MILLISECONDS) == null;
        } catch (RuntimeException e) {
            throw unavailable("create", e);
        }
    }

    @Override
    public boolean replace(String key, long expectedVersion, byte[] state, Duration lifespan) {
        try {
            return cache().replaceWithVersion(key, state, expectedVersion, lifespan.toMillis(), TimeUnit.MILLISECONDS,
                    0, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            throw unavailable("replace", e);
        }
    }

    @Override
    public void ping() {
        try {
            cache().containsKey(PING_KEY);
        } catch (RuntimeException e) {
            throw unavailable("ping", e);
        }
    }

    @Override
    public String describe() {
        try {
            RemoteCacheManager manager = managers.get();
            return "infinispan " + String.join(",", Arrays.asList(manager.getServers())) + " cache " + cacheName;
        } catch (RuntimeException e) {
            return "infinispan cache " + cacheName;
        }
    }

    private RemoteCache<String, byte[]> cache() {
        RemoteCache<String, byte[]> c = cache;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (cache == null) {
                RemoteCacheManager manager = managers.get();
                if (manager == null) {
                    throw new IllegalStateException("no Hot Rod client configured (quarkus.infinispan-client.hosts)");
                }
                if (!manager.isStarted()) {
                    manager.start();
                }
                RemoteCache<String, byte[]> created = manager.administration()
                        .getOrCreateCache(cacheName, new StringConfiguration(cacheConfiguration));
                cache = created;
            }
            return cache;
        }
    }

    private QuotaStoreUnavailableException unavailable(String operation, RuntimeException e) {
        // Resolve the cache again next time: a restarted server may not have it any more (it is recreated).
        cache = null;
        return new QuotaStoreUnavailableException("Infinispan quota store: " + operation + " failed: " + e.getMessage(), e);
    }
}
