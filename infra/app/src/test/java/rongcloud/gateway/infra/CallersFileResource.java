package rongcloud.gateway.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import rongcloud.gateway.domain.access.ApiKeyHash;

/**
 * Callers for the authentication tests: one in configuration ({@code admin}), the others in a callers file
 * under target/ that tests rewrite to rotate and revoke keys (re-read every 100 ms). Only hashes are written;
 * the keys stay in this class. Use with {@code EmulatorResource} and its {@code authEnabled=true} init arg.
 */
public class CallersFileResource implements QuarkusTestResourceLifecycleManager {
    static final String ADMIN_KEY = ApiKeyHash.newKey();
    static final String READER_KEY = ApiKeyHash.newKey();
    static final String WRITER_KEY = ApiKeyHash.newKey();
    static final String REVOKED_KEY = ApiKeyHash.newKey();
    static final String ROTATING_OLD_KEY = ApiKeyHash.newKey();
    static final String ROTATING_NEW_KEY = ApiKeyHash.newKey();
    static final Path FILE = Path.of("target", "auth-test", "callers.properties").toAbsolutePath();

    @Override
    public Map<String, String> start() {
        writeCallers(rotatingEntry(ROTATING_OLD_KEY, null));
        return Map.of(
                "gateway.auth.callers-file", FILE.toString(),
                "gateway.auth.reload-interval", "100ms",
                "gateway.auth.callers.admin.key-hash", ApiKeyHash.of(ADMIN_KEY).format(),
                "gateway.auth.callers.admin.scopes", "*",
                "quarkus.log.category.\"rongcloud\".level", "DEBUG",
                "quarkus.log.category.\"org.jboss.resteasy.reactive.client\".level", "DEBUG");
    }

    @Override
    public void stop() {
    }

    /** The file's entry for caller "rotating": its valid key and, optionally, a revoked one. */
    static String rotatingEntry(String validKey, String revokedKey) {
        return "rotating.scopes=user:read\n"
                + (validKey == null ? "" : "rotating.key-hash=" + ApiKeyHash.of(validKey).format() + "\n")
                + (revokedKey == null ? "" : "rotating.revoked-key-hashes=" + ApiKeyHash.of(revokedKey).format() + "\n");
    }

    /** Atomically replaces the callers file (as a Kubernetes Secret update does) with the fixed callers plus {@code extra}. */
    static void writeCallers(String extra) {
        String text = "# callers of the auth tests: hashes only\n"
                + "reporting.key-hash=" + ApiKeyHash.of(READER_KEY).format() + "\n"
                + "reporting.scopes=*:read\n"
                + "reporting.weight=1\n"
                + "gateway.auth.callers.backoffice.key-hash=" + ApiKeyHash.of(WRITER_KEY).format() + "\n"
                + "gateway.auth.callers.backoffice.scopes=user:read, user:write\n"
                + "gateway.auth.callers.backoffice.weight=3\n"
                + "legacy.key-hash=" + ApiKeyHash.of(REVOKED_KEY).format() + "\n"
                + "legacy.scopes=*\n"
                + "legacy.revoked=true\n"
                + extra;
        try {
            Files.createDirectories(FILE.getParent());
            Path tmp = Files.createTempFile(FILE.getParent(), "callers", ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
