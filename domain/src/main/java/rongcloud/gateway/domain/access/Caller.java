package rongcloud.gateway.domain.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An authenticated calling service: its name (the {@code CallContext.callerId} of its calls, a metrics tag),
 * what it may do, and its weight for sharing the app's quotas with the other callers.
 *
 * @param name   1..64 characters of letters, digits, '.', '_', '-'
 * @param scopes granted scopes (may use wildcards, see {@link Scope})
 * @param weight relative share of contended quotas (at least 1)
 */
public record Caller(String name, Set<Scope> scopes, int weight) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public Caller {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("caller name must be 1..64 of [A-Za-z0-9._-]: " + name);
        }
        scopes = Set.copyOf(scopes);
        if (weight < 1) {
            throw new IllegalArgumentException("caller weight must be at least 1: " + name);
        }
    }

    /** Whether one of the granted scopes allows {@code required}. */
    public boolean isAllowed(Scope required) {
        return scopes.stream().anyMatch(s -> s.grants(required));
    }

    /** The required scope if no granted scope allows it. */
    public Optional<Scope> missing(Scope required) {
        return isAllowed(required) ? Optional.empty() : Optional.of(required);
    }
}
