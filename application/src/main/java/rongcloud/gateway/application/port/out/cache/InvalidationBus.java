package rongcloud.gateway.application.port.out.cache;

import java.util.function.Consumer;

/**
 * Carries invalidations to every other gateway instance (e.g. over Infinispan). Best effort: a bus that cannot
 * publish says so and the other instances fall back on their TTLs. {@link #NONE} is the single-instance bus.
 */
public interface InvalidationBus {

    /** Sends the invalidation to every other instance; never throws. */
    void publish(Invalidation invalidation);

    /**
     * Registers what to do with invalidations from other instances, and with {@code resync} when events may have
     * been missed (the channel was lost and is back): then every entry must be dropped.
     */
    void subscribe(Consumer<Invalidation> listener, Runnable resync);

    InvalidationBus NONE = new InvalidationBus() {
        @Override
        public void publish(Invalidation invalidation) {
        }

        @Override
        public void subscribe(Consumer<Invalidation> listener, Runnable resync) {
        }
    };
}
