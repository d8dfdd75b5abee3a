package rongcloud.gateway.application.port.out.cache;

import java.util.List;
import java.util.Objects;

/**
 * Entries that a mutation made stale, on every instance: {@code keys} of {@code kind}, or every entry of the
 * kind when {@code keys} is empty.
 */
public record Invalidation(CacheKind kind, List<String> keys) {
    public Invalidation {
        Objects.requireNonNull(kind, "kind");
        keys = List.copyOf(keys);
    }

    public static Invalidation all(CacheKind kind) {
        return new Invalidation(kind, List.of());
    }

    public boolean everything() {
        return keys.isEmpty();
    }
}
