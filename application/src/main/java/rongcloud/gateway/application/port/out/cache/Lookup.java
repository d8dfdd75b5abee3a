package rongcloud.gateway.application.port.out.cache;

/**
 * What a cache read returned: the entry, and whether this read waited for a load (its own or a concurrent one
 * for the same key) rather than finding the entry ready.
 */
public record Lookup<V>(CacheEntry<V> entry, boolean loaded) {
}
