package rongcloud.emulator;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;

/** RongCloud's request signature: headers App-Key, Nonce, Timestamp, Signature, each also with the RC- prefix. */
public final class Signing {
  /** Largest accepted distance between Timestamp and now (RongCloud documents none; a choice). */
  public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
  /** Longest accepted Nonce: docs say 18, but the Go SDK sends up to 19 digits and others more (a choice). */
  public static final int MAX_NONCE_LENGTH = 64;
  /** Timestamps below this are seconds (10 digits), above it milliseconds (13 digits). */
  private static final long MILLIS_THRESHOLD = 100_000_000_000L;

  private Signing() {}

  /** Lower-case hex SHA-1 of appSecret + nonce + timestamp. */
  public static String signature(String appSecret, String nonce, String timestamp) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1")
          .digest((appSecret + nonce + timestamp).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks the signing headers; throws 1001 for a missing or unknown App-Key and 1004 for anything else.
   * Freshness is judged against the emulator clock and, so that callers signing with real time keep working
   * after a test advanced the emulator clock, also against real time (a choice).
   */
  static void verify(Headers headers, String appKey, String appSecret, InstantSource clock) {
    String key = header(headers, "App-Key");
    if (key == null) {
      // 1001 ("App Key and App Secret do not match") is the closest documented code: a choice.
      throw new ApiException(Codes.APP_KEY_INVALID, "App-Key header is missing");
    }
    if (!key.equals(appKey)) {
      throw new ApiException(Codes.APP_KEY_INVALID, "unknown App-Key: " + key);
    }
    String nonce = required(headers, "Nonce");
    if (nonce.length() > MAX_NONCE_LENGTH) {
      throw failed("Nonce is longer than " + MAX_NONCE_LENGTH + " characters");
    }
    String timestamp = required(headers, "Timestamp");
    String signature = required(headers, "Signature");
    if (!timestamp.chars().allMatch(Character::isDigit) || timestamp.length() > 18) {
      throw failed("Timestamp must be Unix time in seconds or milliseconds");
    }
    // Compared as sent: the docs require lower-case hex (strict on purpose).
    if (!MessageDigest.isEqual(signature(appSecret, nonce, timestamp).getBytes(StandardCharsets.UTF_8),
        signature.getBytes(StandardCharsets.UTF_8))) {
      throw failed("signature verification failed");
    }
    long value = Long.parseLong(timestamp);
    Instant sent = value < MILLIS_THRESHOLD ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    if (!fresh(sent, clock.instant()) && !fresh(sent, Instant.now())) {
      throw failed("stale Timestamp " + timestamp + ": more than " + MAX_CLOCK_SKEW.toMinutes()
          + " minutes away from the server time " + clock.instant().toEpochMilli());
    }
  }

  private static boolean fresh(Instant sent, Instant now) {
    return Duration.between(sent, now).abs().compareTo(MAX_CLOCK_SKEW) <= 0;
  }

  private static String required(Headers headers, String name) {
    String value = header(headers, name);
    if (value == null) {
      throw failed(name + " header is missing");
    }
    return value;
  }

  private static String header(Headers headers, String name) {
    String value = headers.getFirst(name);
    if (value == null || value.isBlank()) {
      value = headers.getFirst("RC-" + name);
    }
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static ApiException failed(String message) {
    return new ApiException(Codes.SIGNATURE_FAILED, message);
  }
}
