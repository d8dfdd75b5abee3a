package rongcloud.gateway.application.quota;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import rongcloud.gateway.application.port.out.quota.QuotaStore;

/**
 * The in-memory {@link QuotaStore}: same compare-and-set semantics as the shared store, for the sandbox and
 * single-instance deployments, and for each instance's own share while the shared store is unreachable.
 * Keys expire after their lifespan (swept now and then on writes).
 */
public final class LocalQuotaStore implements QuotaStore {
    private static final int SWEEP_EVERY = 4096;

    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong versions = new AtomicLong();
    private final AtomicLong writes = new AtomicLong();

    private record Slot(byte[] state, long version, long expiresAtNanos) {
        boolean expired(long nowNanos) {
            return nowNanos - expiresAtNanos >= 0;
        }
    }

    @Override
    public Optional<Versioned> read(String key) {
        Slot slot = slots.get(key);
        if (slot == null || slot.expired(System.nanoTime())) {
            return Optional.empty();
        }
        return Optional.of(new Versioned(slot.state(), slot.version()));
    }

    @Override
    public boolean create(String key, byte[] state, Duration lifespan) {
        sweepNowAndThen();
        Slot fresh = slot(state, lifespan);
        boolean[] created = {false};
        slots.compute(key, (k, current) -> {
            if (current == null || current.expired(System.nanoTime())) {
                created[0] = true;
                return fresh;
            }
            return current;
        });
        return created[0];
    }

    @Override
    public boolean replace(String key, long expectedVersion, byte[] state, Duration lifespan) {
        sweepNowAndThen();
        Slot fresh = slot(state, lifespan);
        boolean[] replaced = {false};
        slots.computeIfPresent(key, (k, current) -> {
            if (current.version() == expectedVersion && !current.expired(System.nanoTime())) {
                replaced[0] = true;
                return fresh;
            }
            return current;
        });
        return replaced[0];
    }

    /** Writes a key whatever its version (a cache of what another store holds). */
    public void put(String key, byte[] state, Duration lifespan) {
        sweepNowAndThen();
        slots.put(key, slot(state, lifespan));
    }

    /** Removes a key and returns its state (used to hand grants over to the shared store). */
    public Optional<byte[]> take(String key) {
        Slot slot = slots.remove(key);
        return slot == null || slot.expired(System.nanoTime()) ? Optional.empty() : Optional.of(slot.state());
    }

    public List<String> keys() {
        return new ArrayList<>(slots.keySet());
    }

    @Override
    public void ping() {
        // always there
    }

    @Override
    public String describe() {
        return "local";
    }

    private Slot slot(byte[] state, Duration lifespan) {
        return new Slot(state.clone(), versions.incrementAndGet(), System.nanoTime() + lifespan.toNanos());
    }

    private void sweepNowAndThen() {
        if (writes.incrementAndGet() % SWEEP_EVERY == 0) {
            long now = System.nanoTime();
            slots.values().removeIf(s -> s.expired(now));
        }
    }
}
