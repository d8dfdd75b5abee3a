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

    /** Time to wait for RongCloud's answer per attempt. */
    @WithDefault("10s")
    Duration readTimeout();

    /** Time zone in which RongCloud writes date-times: Asia/Shanghai for China, UTC for the global data centers. */
    @WithDefault("Asia/Shanghai")
    ZoneId dataCenterZone();

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
