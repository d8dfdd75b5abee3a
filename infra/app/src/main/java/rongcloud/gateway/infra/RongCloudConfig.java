package rongcloud.gateway.infra;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** {@code rongcloud.*}: how to reach RongCloud (environment: RONGCLOUD_APP_KEY, RONGCLOUD_APP_SECRET, RONGCLOUD_HOSTS...). */
@ConfigMapping(prefix = "rongcloud")
public interface RongCloudConfig {
    /** App Key. Required outside the sandbox. */
    Optional<String> appKey();

    /** App Secret. Required outside the sandbox; give it through the environment or a mounted file, never the repository. */
    Optional<String> appSecret();

    /** Base URIs of the app's data center, primary first (e.g. https://api.rong-api.com,https://api-b.rong-api.com). */
    Optional<List<URI>> hosts();

    /** TCP connect timeout per attempt. */
    @WithDefault("3s")
    Duration connectTimeout();

    /** Time zone in which RongCloud writes date-times: Asia/Shanghai for China, UTC for the global data centers. */
    @WithDefault("Asia/Shanghai")
    ZoneId dataCenterZone();

    /** Answer timeout per attempt, by timeout class (UpstreamCallKind); each attempt also ends at the caller's deadline. */
    Timeouts timeouts();

    /** Retries of idempotent calls (other calls are retried only after connect failures). */
    Retry retry();

    /** Switching between the data center's hosts. */
    Failover failover();

    /** Circuit breaker per host. */
    CircuitBreaker circuitBreaker();

    /** Bulkhead per API area (the path's first segment). */
    Bulkhead bulkhead();

    interface Timeouts {
        /** Reads. */
        @WithDefault("5s")
        Duration query();

        /** Settings and other changes. */
        @WithDefault("10s")
        Duration mutation();

        /** Message sends. */
        @WithDefault("10s")
        Duration send();

        /** Broadcasts and pushes. */
        @WithDefault("30s")
        Duration broadcast();

        /** Kept back from the caller's deadline so that the gateway's own error reaches the caller in time. */
        @WithDefault("50ms")
        Duration deadlineReserve();
    }

    interface Retry {
        /** Attempts per idempotent call, all hosts together. */
        @WithDefault("3")
        int maxAttempts();

        /** First delay before retrying on a host already tried (doubling, with jitter). */
        @WithDefault("100ms")
        Duration backoff();

        @WithDefault("1s")
        Duration maxBackoff();
    }

    interface Failover {
        /** After switching away from the primary host, how long before probing it again (server-sdk-go: 30 s). */
        @WithDefault("30s")
        Duration coolDown();
    }

    interface CircuitBreaker {
        /** Rolling window of attempts per host. */
        @WithDefault("20")
        int requestVolume();

        /** Failure ratio in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker refuses before letting trial calls through. */
        @WithDefault("10s")
        Duration delay();

        /** Successful trial calls that close it. */
        @WithDefault("2")
        int successThreshold();
    }

    interface Bulkhead {
        /** Calls of one area in flight at once; more are refused at once (UNAVAILABLE, UPSTREAM_BULKHEAD_FULL). */
        @WithDefault("32")
        int perArea();
    }

    /** Sandbox: run the built-in RongCloud emulator in-process and call it instead of RongCloud. */
    Sandbox sandbox();

    interface Sandbox {
        @WithDefault("false")
        boolean enabled();

        /** Port of the in-process emulator; 0 picks a free one. */
        @WithDefault("0")
        int port();
    }
}
