package rongcloud.gateway.infra.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code gateway.outbox.*} and {@code gateway.journal.*}: the durable outbox's workers and the journal. */
public interface PersistenceConfig {

    /** The outbox workers of this instance. */
    @ConfigMapping(prefix = "gateway.outbox")
    interface Outbox {
        /** Whether this instance drains the outbox (submitting works either way). */
        @WithDefault("true")
        boolean workerEnabled();

        /** How often an idle worker looks for due submissions. */
        @WithDefault("500ms")
        Duration pollInterval();

        /** Drainers working in parallel in this instance. */
        @WithDefault("2")
        int concurrency();

        /** Submissions one drainer claims at once. */
        @WithDefault("20")
        int batchSize();

        /**
         * How long a claim holds a submission. Must exceed the longest attempt (read timeout x hosts) and stay
         * below RongCloud's msgRandom de-duplication window (about a minute) so a re-delivery after a crash is
         * still de-duplicated.
         */
        @WithDefault("30s")
        Duration lease();

        /** Backoff after the first transient failure; doubles per attempt, plus up to 20% jitter. */
        @WithDefault("1s")
        Duration baseBackoff();

        /** Longest backoff. */
        @WithDefault("5m")
        Duration maxBackoff();

        /** Attempts before a submission that keeps failing transiently is FAILED. */
        @WithDefault("10")
        int maxAttempts();
    }

    /** The operation journal. */
    @ConfigMapping(prefix = "gateway.journal")
    interface Journal {
        /** How long entries are kept. */
        @WithDefault("30d")
        Duration retention();

        /** How often expired entries are deleted. */
        @WithDefault("1h")
        Duration purgeInterval();

        /** Longest wait before queued entries are written. */
        @WithDefault("200ms")
        Duration flushInterval();

        /** Entries waiting to be written at most; more are dropped (counted). */
        @WithDefault("10000")
        int queueCapacity();
    }
}
