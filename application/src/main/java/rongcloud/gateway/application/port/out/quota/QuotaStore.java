package rongcloud.gateway.application.port.out.quota;

import java.time.Duration;
import java.util.Optional;

/**
 * Where quota state lives: a versioned register per key, changed only by compare-and-set, so that every
 * instance sharing the store sees one history per quota. The algorithm (sliding log) and the encoding of the
 * state stay in the core ({@code rongcloud.gateway.application.quota}); a store only keeps bytes.
 *
 * <p>Implementations: {@code LocalQuotaStore} (in memory, one instance) and the Infinispan store of the
 * infra module (Hot Rod {@code getWithMetadata} / {@code putIfAbsent} / {@code replaceWithVersion}).
 * Every method may throw {@link QuotaStoreUnavailableException} when the store cannot be reached in time.
 */
public interface QuotaStore {

    /** The current state of a key and its version, if the key exists. */
    Optional<Versioned> read(String key);

    /** Creates the key if it does not exist; false if it already did. */
    boolean create(String key, byte[] state, Duration lifespan);

    /** Replaces the state if its version is still {@code expectedVersion}; false if someone changed it first. */
    boolean replace(String key, long expectedVersion, byte[] state, Duration lifespan);

    /** Checks that the store answers (throws {@link QuotaStoreUnavailableException} if not). */
    void ping();

    /** A short name for status and logs, e.g. "local" or "infinispan 127.0.0.1:11222". */
    String describe();

    /** A state and the version it had when read. */
    record Versioned(byte[] state, long version) {
    }
}
