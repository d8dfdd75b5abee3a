package rongcloud.gateway.infra.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code gateway.auth.*}: who may call the gateway. Keys are stored only as salted hashes
 * ({@code sha256:<salt>:<hex>}, see {@code ApiKeyHash}); callers come from this configuration and/or a
 * mounted properties file that is re-read while the gateway runs (rotation and revocation without restart).
 */
@ConfigMapping(prefix = "gateway.auth")
public interface CallerAuthConfig {
    /** Require credentials on every gRPC call (except {@link #openServices()}). Off in sandbox, dev and test. */
    @WithDefault("true")
    boolean enabled();

    /** Full gRPC service names callable without credentials. */
    @WithDefault("grpc.health.v1.Health,grpc.reflection.v1alpha.ServerReflection,grpc.reflection.v1.ServerReflection")
    Set<String> openServices();

    /** Callers by name ({@code gateway.auth.callers.<name>.key-hash=...}); the file's entries win on equal names. */
    Map<String, CallerConfig> callers();

    /**
     * A properties file of callers ({@code <name>.key-hash}, {@code <name>.scopes}, {@code <name>.weight},
     * {@code <name>.revoked}, {@code <name>.revoked-key-hashes}; the prefix {@code gateway.auth.callers.} may
     * be kept), e.g. a mounted Kubernetes Secret. Re-read every {@link #reloadInterval()} when its content changed.
     */
    Optional<Path> callersFile();

    /** How often the callers file is checked for changes. */
    @WithDefault("5s")
    Duration reloadInterval();

    /** Exceptions to the scope rule: required scope by full method name ({@code "pkg.Service/Method"=area:read}). */
    Map<String, String> scopeOverrides();

    interface CallerConfig {
        /** Hashes of the caller's valid keys (two during a rotation). */
        Optional<List<String>> keyHash();

        /** Hashes of keys withdrawn from the caller: refused as CREDENTIALS_REVOKED instead of INVALID. */
        Optional<List<String>> revokedKeyHashes();

        /** Granted scopes: {@code user:read}, {@code message:write}, {@code *:read}, {@code user} (= user:*), {@code *}. */
        Optional<List<String>> scopes();

        /** Relative share of contended quotas. */
        @WithDefault("1")
        int weight();

        /** Every key of the caller is refused as CREDENTIALS_REVOKED. */
        @WithDefault("false")
        boolean revoked();
    }
}
