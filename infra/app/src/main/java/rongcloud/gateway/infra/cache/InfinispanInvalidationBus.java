package rongcloud.gateway.infra.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.infinispan.client.hotrod.RemoteCache;
import org.infinispan.client.hotrod.RemoteCacheManager;
import org.infinispan.client.hotrod.annotation.ClientCacheEntryCreated;
import org.infinispan.client.hotrod.annotation.ClientCacheFailover;
import org.infinispan.client.hotrod.annotation.ClientListener;
import org.infinispan.client.hotrod.event.ClientCacheEntryCreatedEvent;
import org.infinispan.client.hotrod.event.ClientCacheFailoverEvent;
import org.infinispan.commons.configuration.StringConfiguration;
import org.jboss.logging.Logger;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.Invalidation;
import rongcloud.gateway.application.port.out.cache.InvalidationBus;

/**
 * {@link InvalidationBus} over an Infinispan cache through Hot Rod. Publishing writes one short-lived entry per
 * invalidation whose <em>key</em> carries the whole event ({@code inv|<namespace>|<instance>|<seq>|<kind>|k1␟k2…}),
 * so that each instance's {@link ClientListener} learns everything from the created-event itself (events carry
 * keys, not values): no read-back, one server round trip per invalidation. Events of this instance and of other
 * namespaces (App Keys) are ignored.
 *
 * <p>The client is started, the cache created and the listener added on the first {@link #probe()} (the bean
 * probes every {@code gateway.cache.infinispan.probe-interval}), never at application start. While Infinispan is
 * unreachable the instance is <em>detached</em>: publishing fails (counted), peers fall back on their TTLs. When the
 * listener is (re)attached, or the client fails over, events may have been missed: every local entry is dropped
 * ({@code resync}).
 */
public final class InfinispanInvalidationBus implements InvalidationBus {
    private static final Logger LOG = Logger.getLogger("rongcloud.gateway.cache");
    /** Distributed and synchronous: a published event is on its owners before publish() returns. */
    public static final String DEFAULT_CACHE_CONFIGURATION = """
            <distributed-cache mode="SYNC" owners="2" statistics="false">
              <encoding media-type="application/x-protostream"/>
            </distributed-cache>""";
    private static final char SEP = '|';
    private static final String KEY_SEP = "\u001f";
    private static final int MAX_KEYS_PER_EVENT = 100;
    private static final byte[] EMPTY = new byte[0];

    private final Supplier<RemoteCacheManager> managers;
    private final String cacheName;
    private final String cacheConfiguration;
    private final String namespace;
    private final Duration eventLifespan;
    private final String instanceId = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong publishFailures = new AtomicLong();
    private final AtomicLong receivedEvents = new AtomicLong();
    private volatile Consumer<Invalidation> listener = i -> { };
    private volatile Runnable resync = () -> { };
    private volatile RemoteCache<String, byte[]> cache;
    private volatile Object registered;
    private volatile boolean attached;

    public InfinispanInvalidationBus(Supplier<RemoteCacheManager> managers, String cacheName, String cacheConfiguration,
                                     String namespace, Duration eventLifespan) {
        this.managers = managers;
        this.cacheName = cacheName;
        this.cacheConfiguration = cacheConfiguration;
        this.namespace = namespace.replace(SEP, '_');
        this.eventLifespan = eventLifespan;
    }

    @Override
    public void subscribe(Consumer<Invalidation> listener, Runnable resync) {
        this.listener = listener;
        this.resync = resync;
    }

    @Override
    public void publish(Invalidation invalidation) {
        RemoteCache<String, byte[]> c = cache;
        if (c == null || !attached) {
            publishFailures.incrementAndGet();
            return;
        }
        try {
            for (String key : eventKeys(invalidation)) {
                c.put(key, EMPTY, eventLifespan.toMillis(), TimeUnit.MILLISECONDS);
                published.incrementAndGet();
            }
        } catch (RuntimeException e) {
            publishFailures.incrementAndGet();
            detach("publish failed: " + e.getMessage());
        }
    }

    /** Attaches (client, cache, listener) when detached, or checks the connection when attached. Never throws. */
    public synchronized void probe() {
        try {
            if (attached) {
                cache.containsKey("__gateway-cache-ping");
                return;
            }
            RemoteCacheManager manager = managers.get();
            if (manager == null) {
                throw new IllegalStateException("no Hot Rod client configured (quarkus.infinispan-client.hosts)");
            }
            if (!manager.isStarted()) {
                manager.start();
            }
            RemoteCache<String, byte[]> c = manager.administration()
                    .getOrCreateCache(cacheName, new StringConfiguration(cacheConfiguration));
            if (registered != null) {
                try {
                    c.removeClientListener(registered);
                } catch (RuntimeException ignored) {
                    // the old registration died with the connection
                }
            }
            Object l = new Listener();
            c.addClientListener(l);
            registered = l;
            cache = c;
            attached = true;
            resync.run(); // events published while detached were missed
            LOG.infof("Cache coherence ATTACHED to %s (cache %s, instance %s)",
                    String.join(",", Arrays.asList(manager.getServers())), cacheName, instanceId);
        } catch (RuntimeException e) {
            detach(e.getMessage());
        }
    }

    private void detach(String why) {
        if (attached) {
            LOG.warnf("Cache coherence DETACHED (entries now expire by TTL only, until Infinispan answers): %s", why);
        }
        attached = false;
    }

    public boolean attached() {
        return attached;
    }

    public String instanceId() {
        return instanceId;
    }

    public long published() {
        return published.get();
    }

    public long publishFailures() {
        return publishFailures.get();
    }

    public long receivedEvents() {
        return receivedEvents.get();
    }

    public void close() {
        RemoteCache<String, byte[]> c = cache;
        Object l = registered;
        if (c != null && l != null) {
            try {
                c.removeClientListener(l);
            } catch (RuntimeException ignored) {
                // shutting down
            }
        }
        attached = false;
    }

    List<String> eventKeys(Invalidation invalidation) {
        String head = "inv" + SEP + namespace + SEP + instanceId + SEP;
        List<String> keys = new ArrayList<>();
        List<String> all = invalidation.keys();
        if (all.isEmpty()) {
            keys.add(head + sequence.incrementAndGet() + SEP + invalidation.kind().id() + SEP);
            return keys;
        }
        for (int i = 0; i < all.size(); i += MAX_KEYS_PER_EVENT) {
            keys.add(head + sequence.incrementAndGet() + SEP + invalidation.kind().id() + SEP
                    + String.join(KEY_SEP, all.subList(i, Math.min(all.size(), i + MAX_KEYS_PER_EVENT))));
        }
        return keys;
    }

    void onEvent(String eventKey) {
        // inv|namespace|instance|seq|kind|keys
        String[] parts = eventKey.split("\\|", 6);
        if (parts.length != 6 || !"inv".equals(parts[0]) || !namespace.equals(parts[1]) || instanceId.equals(parts[2])) {
            return;
        }
        CacheKind kind;
        try {
            kind = CacheKind.ofId(parts[4]);
        } catch (IllegalArgumentException unknown) {
            return; // a newer instance's kind
        }
        receivedEvents.incrementAndGet();
        List<String> keys = parts[5].isEmpty() ? List.of() : List.of(parts[5].split(KEY_SEP));
        listener.accept(new Invalidation(kind, keys));
    }

    @ClientListener
    public final class Listener {
        @ClientCacheEntryCreated
        public void created(ClientCacheEntryCreatedEvent<String> event) {
            try {
                onEvent(event.getKey());
            } catch (RuntimeException e) {
                LOG.warnf("Cache invalidation event %s not applied: %s", event.getKey(), e.getMessage());
            }
        }

        @ClientCacheFailover
        public void failover(ClientCacheFailoverEvent event) {
            LOG.info("Cache coherence: Hot Rod failover, dropping every local entry (events may have been missed)");
            resync.run();
        }
    }
}
