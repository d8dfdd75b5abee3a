package rongcloud.gateway.domain.access;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The known callers and their key hashes, as configured at one moment (immutable: a reload builds a new one).
 * Finds who presented a key by checking it against every stored hash (callers are few; each check is one
 * SHA-256), without stopping at the first match so the time does not tell which entry matched.
 */
public final class CallerDirectory {
    private final List<Entry> entries;
    private final Map<String, Caller> byName;

    public CallerDirectory(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.byName = this.entries.stream().collect(Collectors.toUnmodifiableMap(e -> e.caller().name(),
                Entry::caller, (a, b) -> {
                    throw new IllegalArgumentException("caller configured twice: " + a.name());
                }));
    }

    public static CallerDirectory empty() {
        return new CallerDirectory(List.of());
    }

    /**
     * One configured caller.
     *
     * @param caller      name, scopes and weight
     * @param keys        hashes of its valid keys (several while a rotation is in progress)
     * @param revokedKeys hashes of keys withdrawn from it, refused as revoked rather than unknown
     * @param revoked     the caller itself is revoked: every one of its keys is refused as revoked
     */
    public record Entry(Caller caller, List<ApiKeyHash> keys, List<ApiKeyHash> revokedKeys, boolean revoked) {
        public Entry {
            Objects.requireNonNull(caller, "caller");
            keys = List.copyOf(keys);
            revokedKeys = List.copyOf(revokedKeys);
        }
    }

    /** The outcome of checking a presented key. */
    public sealed interface Authentication {
    }

    /** The key belongs to this caller. */
    public record Authenticated(Caller caller) implements Authentication {
    }

    /** The key matches no valid or revoked entry. */
    public record UnknownKey() implements Authentication {
    }

    /** The key was revoked (or its caller was). */
    public record RevokedKey(String callerName) implements Authentication {
    }

    public Authentication authenticate(String presentedKey) {
        Objects.requireNonNull(presentedKey, "presentedKey");
        Authentication found = new UnknownKey();
        for (Entry e : entries) {
            boolean valid = false;
            for (ApiKeyHash h : e.keys()) {
                valid |= h.matches(presentedKey);
            }
            boolean withdrawn = false;
            for (ApiKeyHash h : e.revokedKeys()) {
                withdrawn |= h.matches(presentedKey);
            }
            if (found instanceof UnknownKey && (valid || withdrawn)) {
                found = e.revoked() || withdrawn ? new RevokedKey(e.caller().name()) : new Authenticated(e.caller());
            }
        }
        return found;
    }

    /** A caller by name (e.g. for its weight), revoked or not. */
    public Optional<Caller> caller(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Callers by name. */
    public Map<String, Caller> callers() {
        return byName;
    }
}
