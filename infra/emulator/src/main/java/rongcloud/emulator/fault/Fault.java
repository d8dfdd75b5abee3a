package rongcloud.emulator.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One injected fault: which path it hits ({@code *} for every API path), what it does, how often.
 *
 * @param id          its id on the admin surface
 * @param path        an API path such as {@code /user/getToken.json}, or {@code *}
 * @param type        what it does
 * @param delay       for latency and slow-body: how long the answer is held back or spread out
 * @param httpStatus  for http-error: the HTTP status
 * @param code        for http-error: RongCloud's code in the envelope
 * @param probability chance that a matching request is hit, 0 (exclusive) to 1
 */
public record Fault(long id, String path, FaultType type, Duration delay, int httpStatus, int code,
                    double probability, AtomicInteger remaining) {
  /** {@link #remaining} value for a fault without a count limit. */
  public static final int UNLIMITED = -1;

  public Fault {
    if (path == null || path.isEmpty() || !(path.equals("*") || path.startsWith("/"))) {
      throw new IllegalArgumentException("path must be an API path starting with / or *");
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delayMillis must not be negative");
    }
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1], got " + probability);
    }
    if (httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("status must be an HTTP status, got " + httpStatus);
    }
  }

  boolean matches(String requestPath) {
    return path.equals("*") || path.equals(requestPath);
  }

  /** Rolls the probability and uses up one of the count; true when this request is hit. */
  boolean strike() {
    if (probability < 1 && ThreadLocalRandom.current().nextDouble() >= probability) {
      return false;
    }
    while (true) {
      int left = remaining.get();
      if (left == UNLIMITED) {
        return true;
      }
      if (left == 0) {
        return false;
      }
      if (remaining.compareAndSet(left, left - 1)) {
        return true;
      }
    }
  }

  boolean exhausted() {
    return remaining.get() == 0;
  }

  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("path", path);
    m.put("type", type.wireName());
    m.put("delayMillis", delay.toMillis());
    m.put("status", httpStatus);
    m.put("code", code);
    m.put("probability", probability);
    m.put("remaining", remaining.get() == UNLIMITED ? "unlimited" : remaining.get());
    return m;
  }
}
