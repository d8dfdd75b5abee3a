package rongcloud.gateway.adapter.in.grpc.auth;

import io.grpc.Metadata;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import rongcloud.gateway.domain.access.Caller;
import rongcloud.gateway.domain.access.CallerDirectory;
import rongcloud.gateway.domain.access.CallerDirectory.Authenticated;
import rongcloud.gateway.domain.access.CallerDirectory.RevokedKey;
import rongcloud.gateway.domain.access.Scope;

/**
 * Decides whether a gRPC call may proceed and as whom. The caller presents its API key as
 * {@code authorization: Bearer <key>} or {@code x-api-key: <key>} (the former wins when both are sent); the
 * key is checked against the current {@link CallerDirectory} (re-read when its file changes), then the
 * caller's scopes against what the RPC requires ({@link RpcScopes}). Services in {@code openServices}
 * (health, reflection) pass without a key; with authentication disabled every call passes as "anonymous".
 */
public final class CallerAuthenticator {
    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    public static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
    public static final String REASON_MISSING = "CREDENTIALS_MISSING";
    public static final String REASON_INVALID = "CREDENTIALS_INVALID";
    public static final String REASON_REVOKED = "CREDENTIALS_REVOKED";
    public static final String REASON_SCOPE_MISSING = "SCOPE_MISSING";
    private static final String BEARER = "bearer ";

    private final boolean enabled;
    private final Set<String> openServices;
    private final Supplier<CallerDirectory> directory;
    private final RpcScopes scopes;

    /**
     * @param enabled      false: no checks, every call is anonymous
     * @param openServices full service names callable without credentials (e.g. grpc.health.v1.Health)
     * @param directory    the current callers (called on every call; cheap, may reload behind the scenes)
     * @param scopes       the scope each RPC requires
     */
    public CallerAuthenticator(boolean enabled, Set<String> openServices, Supplier<CallerDirectory> directory,
                               RpcScopes scopes) {
        this.enabled = enabled;
        this.openServices = Set.copyOf(openServices);
        this.directory = Objects.requireNonNull(directory, "directory");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    /** No authentication: every call passes as anonymous. */
    public static CallerAuthenticator disabled() {
        return new CallerAuthenticator(false, Set.of(), CallerDirectory::empty, new RpcScopes(java.util.Map.of()));
    }

    public boolean enabled() {
        return enabled;
    }

    /** The outcome for one call. */
    public sealed interface Decision {
    }

    /** Proceed without a caller identity (authentication disabled, or an open service). */
    public record Pass() implements Decision {
    }

    /** Proceed as this caller. */
    public record Allow(Caller caller) implements Decision {
    }

    /**
     * Refuse: {@code unauthenticated} (UNAUTHENTICATED) or not (PERMISSION_DENIED), with a stable reason.
     *
     * @param caller        the identified caller, if any (never derived from an unverified key)
     * @param requiredScope for SCOPE_MISSING, the scope the caller lacks
     */
    public record Deny(boolean unauthenticated, String reason, String message, Optional<String> caller,
                       Optional<Scope> requiredScope) implements Decision {
    }

    public Decision decide(String fullMethodName, Metadata headers) {
        if (!enabled || openServices.contains(serviceOf(fullMethodName))) {
            return new Pass();
        }
        Optional<String> key = presentedKey(headers);
        if (key.isEmpty()) {
            return new Deny(true, REASON_MISSING,
                    "no credentials: send 'authorization: Bearer <api key>' (or 'x-api-key: <api key>')",
                    Optional.empty(), Optional.empty());
        }
        if (key.get().isEmpty()) {
            return new Deny(true, REASON_INVALID, "the authorization header must be 'Bearer <api key>'",
                    Optional.empty(), Optional.empty());
        }
        CallerDirectory.Authentication auth = directory.get().authenticate(key.get());
        if (auth instanceof RevokedKey revoked) {
            return new Deny(true, REASON_REVOKED, "the API key was revoked", Optional.of(revoked.callerName()),
                    Optional.empty());
        }
        if (!(auth instanceof Authenticated authenticated)) {
            return new Deny(true, REASON_INVALID, "unknown API key", Optional.empty(), Optional.empty());
        }
        Caller caller = authenticated.caller();
        Scope required = scopes.required(fullMethodName);
        if (!caller.isAllowed(required)) {
            return new Deny(false, REASON_SCOPE_MISSING, "caller '" + caller.name() + "' lacks scope '" + required
                    + "' required by " + fullMethodName, Optional.of(caller.name()), Optional.of(required));
        }
        return new Allow(caller);
    }

    /** The key from the headers: empty if none was sent; an empty string if the authorization is not Bearer. */
    static Optional<String> presentedKey(Metadata headers) {
        String authorization = headers.get(AUTHORIZATION);
        if (authorization != null && !authorization.isBlank()) {
            String a = authorization.trim();
            if (a.length() > BEARER.length() && a.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
                return Optional.of(a.substring(BEARER.length()).trim());
            }
            return Optional.of("");
        }
        String apiKey = headers.get(API_KEY);
        return apiKey == null || apiKey.isBlank() ? Optional.empty() : Optional.of(apiKey.trim());
    }

    private static String serviceOf(String fullMethodName) {
        int slash = fullMethodName.lastIndexOf('/');
        return slash < 0 ? fullMethodName : fullMethodName.substring(0, slash);
    }
}
