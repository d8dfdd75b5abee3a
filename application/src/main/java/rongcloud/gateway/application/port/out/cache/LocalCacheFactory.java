package rongcloud.gateway.application.port.out.cache;

/** Creates the local cache of a kind, with the kind's configured size bound and TTLs, and its metrics. */
public interface LocalCacheFactory {
    <V> LocalCache<V> create(CacheKind kind);
}
