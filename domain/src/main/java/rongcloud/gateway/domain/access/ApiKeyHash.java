package rongcloud.gateway.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stored form of an API key: {@code sha256:<salt>:<hex digest>}, where the digest is
 * SHA-256 of the UTF-8 bytes of {@code <salt>:<key>}. The gateway never stores or logs a key, only this.
 *
 * <p>Why a salted SHA-256 and not bcrypt/PBKDF2: API keys are generated, not chosen by people (32 random bytes,
 * ~256 bits), so guessing one from its hash is infeasible whatever the hash's speed; a deliberately slow KDF
 * would only add milliseconds to every RPC (the gateway checks the key on each call). The salt makes equal
 * keys (reused across callers or environments) hash differently and precomputed tables useless.
 * Comparison is constant-time ({@link MessageDigest#isEqual}).
 *
 * <p>Computing one by hand: {@code SALT=$(openssl rand -hex 16); printf '%s:%s' "$SALT" "$KEY" | sha256sum}
 * → {@code sha256:$SALT:<the printed hex>}.
 *
 * @param salt   1..64 characters of letters and digits
 * @param digest 32 bytes
 */
public record ApiKeyHash(String salt, byte[] digest) {
    public static final String PREFIX = "sha256:";
    private static final Pattern SALT = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiKeyHash {
        Objects.requireNonNull(salt, "salt");
        if (!SALT.matcher(salt).matches()) {
            throw new IllegalArgumentException("salt must be 1..64 letters or digits");
        }
        if (digest.length != 32) {
            throw new IllegalArgumentException("digest must be 32 bytes (SHA-256)");
        }
        digest = digest.clone();
    }

    /** Parses {@code sha256:<salt>:<64 hex digits>}; the message never repeats the input. */
    public static ApiKeyHash parse(String stored) {
        String s = Objects.requireNonNull(stored, "key hash").trim();
        if (!s.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            throw new IllegalArgumentException("key hash must look like sha256:<salt>:<64 hex digits>");
        }
        String rest = s.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        if (colon < 0 || !HEX.matcher(rest.substring(colon + 1)).matches()) {
            throw new IllegalArgumentException("key hash must look like sha256:<salt>:<64 hex digits>");
        }
        return new ApiKeyHash(rest.substring(0, colon), HexFormat.of().parseHex(rest.substring(colon + 1)));
    }

    /** The hash of {@code key} with the given salt. */
    public static ApiKeyHash of(String salt, String key) {
        return new ApiKeyHash(salt, digest(salt, key));
    }

    /** The hash of {@code key} with a new random salt (16 bytes, hex). */
    public static ApiKeyHash of(String key) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return of(HexFormat.of().formatHex(salt), key);
    }

    /** A new random API key: 32 random bytes, base64url without padding (43 characters). */
    public static String newKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** Whether {@code presented} is the key this hash was made from, in time independent of where they differ. */
    public boolean matches(String presented) {
        return MessageDigest.isEqual(digest, digest(salt, presented));
    }

    /** The stored form, {@code sha256:<salt>:<hex>}. */
    public String format() {
        return PREFIX + salt + ":" + HexFormat.of().formatHex(digest);
    }

    @Override
    public byte[] digest() {
        return digest.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiKeyHash other && salt.equals(other.salt) && MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public int hashCode() {
        return salt.hashCode();
    }

    @Override
    public String toString() {
        return format();
    }

    private static byte[] digest(String salt, String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((salt + ":" + key).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Prints a new key and its stored form: {@code java -cp domain.jar rongcloud.gateway.domain.access.ApiKeyHash}. */
    public static void main(String[] args) {
        String key = args.length > 0 ? args[0] : newKey();
        System.out.println("key:      " + key);
        System.out.println("key-hash: " + of(key).format());
    }
}
