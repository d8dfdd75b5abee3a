package rongcloud.gateway.infra.auth;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import rongcloud.gateway.domain.access.ApiKeyHash;
import rongcloud.gateway.domain.access.Caller;
import rongcloud.gateway.domain.access.CallerDirectory;
import rongcloud.gateway.domain.access.Scope;

/**
 * The current {@link CallerDirectory}: the configured callers, merged with those of an optional callers file
 * that is re-read while the gateway runs. At most every {@code reloadInterval} one call reads the (small)
 * file and, when its content changed, builds a new directory; the others keep using the current one. A file
 * that cannot be read or parsed keeps the last good directory (logged without its content), so a bad edit
 * never opens or closes the door by accident; at startup it is an error.
 */
public final class CallerSource implements Supplier<CallerDirectory> {
    private static final Logger LOG = Logger.getLogger(CallerSource.class);
    private static final String PREFIX = "gateway.auth.callers.";
    private static final List<String> FIELDS = List.of("revoked-key-hashes", "key-hash", "scopes", "weight", "revoked");

    private final Map<String, Entry> configured;
    private final Optional<Path> file;
    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final ReentrantLock reloading = new ReentrantLock();
    private volatile CallerDirectory current;
    private volatile long nextCheck;
    private byte[] fileDigest;

    /** A caller as written in configuration, before validation. */
    public record Entry(List<String> keyHashes, List<String> revokedKeyHashes, List<String> scopes, int weight,
                        boolean revoked) {
    }

    public CallerSource(Map<String, Entry> configured, Optional<Path> file, Duration reloadInterval,
                        LongSupplier nanoTime) {
        this.configured = Map.copyOf(configured);
        this.file = file;
        this.intervalNanos = reloadInterval.toNanos();
        this.nanoTime = nanoTime;
        Map<String, Entry> fromFile = file.isPresent() ? readFile(file.get()) : Map.of();
        this.current = build(fromFile);
        this.nextCheck = nanoTime.getAsLong() + intervalNanos;
        LOG.infof("callers: %s", current.callers().keySet());
    }

    public static CallerSource from(CallerAuthConfig config) {
        Map<String, Entry> configured = new TreeMap<>();
        config.callers().forEach((name, c) -> configured.put(name, new Entry(c.keyHash().orElse(List.of()),
                c.revokedKeyHashes().orElse(List.of()), c.scopes().orElse(List.of()), c.weight(), c.revoked())));
        return new CallerSource(configured, config.callersFile(), config.reloadInterval(), System::nanoTime);
    }

    @Override
    public CallerDirectory get() {
        if (file.isPresent() && nanoTime.getAsLong() - nextCheck >= 0 && reloading.tryLock()) {
            try {
                nextCheck = nanoTime.getAsLong() + intervalNanos;
                reload(file.get());
            } finally {
                reloading.unlock();
            }
        }
        return current;
    }

    /** Reads the file now if its content changed (tests; the periodic check calls this too). */
    void reload(Path path) {
        try {
            byte[] content = Files.readAllBytes(path);
            byte[] digest = sha256(content);
            if (fileDigest != null && Arrays.equals(digest, fileDigest)) {
                return;
            }
            CallerDirectory next = build(parse(new String(content, StandardCharsets.UTF_8)));
            fileDigest = digest;
            current = next;
            LOG.infof("callers reloaded from %s: %s", path, next.callers().keySet());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("callers file %s not reloaded, keeping the previous callers: %s", path, describe(e));
        }
    }

    private Map<String, Entry> readFile(Path path) {
        try {
            byte[] content = Files.readAllBytes(path);
            fileDigest = sha256(content);
            return parse(new String(content, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the callers file " + path + ": " + describe(e), e);
        }
    }

    private CallerDirectory build(Map<String, Entry> fromFile) {
        Map<String, Entry> all = new TreeMap<>(configured);
        all.putAll(fromFile);
        List<CallerDirectory.Entry> entries = new ArrayList<>();
        all.forEach((name, e) -> {
            try {
                Set<Scope> scopes = new java.util.LinkedHashSet<>();
                e.scopes().stream().filter(s -> !s.isBlank()).map(Scope::parse).forEach(scopes::add);
                entries.add(new CallerDirectory.Entry(new Caller(name, scopes, e.weight()), hashes(e.keyHashes()),
                        hashes(e.revokedKeyHashes()), e.revoked()));
            } catch (IllegalArgumentException invalid) {
                throw new IllegalArgumentException("caller '" + name + "': " + invalid.getMessage(), invalid);
            }
        });
        return new CallerDirectory(entries);
    }

    private static List<ApiKeyHash> hashes(List<String> stored) {
        return stored.stream().filter(s -> !s.isBlank()).map(ApiKeyHash::parse).toList();
    }

    /** Parses the callers file (properties syntax). */
    static Map<String, Entry> parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, Map<String, String>> fields = new LinkedHashMap<>();
        for (String rawKey : p.stringPropertyNames()) {
            String key = rawKey.startsWith(PREFIX) ? rawKey.substring(PREFIX.length()) : rawKey;
            String field = FIELDS.stream().filter(f -> key.endsWith("." + f)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown callers file key " + rawKey
                            + " (expected <name>." + String.join("|", FIELDS) + ")"));
            String name = key.substring(0, key.length() - field.length() - 1);
            fields.computeIfAbsent(name, n -> new TreeMap<>()).put(field, p.getProperty(rawKey).trim());
        }
        Map<String, Entry> entries = new TreeMap<>();
        fields.forEach((name, f) -> entries.put(name, new Entry(list(f.get("key-hash")),
                list(f.get("revoked-key-hashes")), list(f.get("scopes")),
                f.containsKey("weight") ? Integer.parseInt(f.get("weight")) : 1,
                Boolean.parseBoolean(f.getOrDefault("revoked", "false")))));
        return entries;
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
