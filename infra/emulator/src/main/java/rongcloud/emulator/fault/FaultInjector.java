package rongcloud.emulator.fault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import rongcloud.emulator.AdminRequest;
import rongcloud.emulator.Router;

/**
 * The faults injected into one emulator instance (one "host"), driven over its admin surface:
 * <ul>
 *   <li>{@code POST /_emulator/faults} with {@code path} (or {@code *}), {@code type} (latency, late-arrival, slow-body,
 *       http-error, rate-limited, reset, malformed-json), and optionally {@code delayMillis}, {@code status}
 *       (default 503), {@code code} (default 1000), {@code count} (default unlimited) and {@code probability}
 *       (default 1): answers the fault with its {@code id};</li>
 *   <li>{@code GET /_emulator/faults}: the active faults;</li>
 *   <li>{@code DELETE /_emulator/faults} (all, or those of {@code path}) and {@code DELETE /_emulator/faults/{id}}.</li>
 * </ul>
 * The first active fault matching a request's path hits it (oldest first); a fault whose count is used up is
 * dropped. {@code POST /_emulator/reset} clears the faults too.
 */
public final class FaultInjector {
  private static final int DEFAULT_STATUS = 503;
  private static final int DEFAULT_CODE = 1000;
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong();

  /** The fault that hits this request, if any (uses up one of its count). */
  public Optional<Fault> take(String path) {
    if (faults.isEmpty()) {
      return Optional.empty();
    }
    for (Fault fault : faults) {
      if (fault.matches(path) && fault.strike()) {
        if (fault.exhausted()) {
          faults.remove(fault);
        }
        return Optional.of(fault);
      }
    }
    return Optional.empty();
  }

  /** Adds a fault; {@code count} null for unlimited. */
  public Fault add(String path, FaultType type, Duration delay, int httpStatus, int code, Integer count,
                   double probability) {
    if (count != null && count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    Fault fault = new Fault(ids.incrementAndGet(), path, type, delay, httpStatus, code, probability,
        new AtomicInteger(count == null ? Fault.UNLIMITED : count));
    faults.add(fault);
    return fault;
  }

  public List<Fault> active() {
    return List.copyOf(faults);
  }

  public void clear() {
    faults.clear();
  }

  /** Registers the admin routes under /_emulator/faults. */
  public void install(Router router) {
    router.admin("POST", "/faults", q -> {
      FaultType type = FaultType.fromWire(q.requiredParam("type"));
      long delayMillis = q.param("delayMillis") == null ? 0 : q.longParam("delayMillis");
      if ((type == FaultType.LATENCY || type == FaultType.LATE_ARRIVAL || type == FaultType.SLOW_BODY)
          && delayMillis <= 0) {
        throw AdminRequest.badRequest("delayMillis is required for " + type.wireName());
      }
      int status = q.param("status") == null ? DEFAULT_STATUS : Math.toIntExact(q.longParam("status"));
      int code = q.param("code") == null ? DEFAULT_CODE : Math.toIntExact(q.longParam("code"));
      Integer count = q.param("count") == null ? null : Math.toIntExact(q.longParam("count"));
      double probability = q.param("probability") == null ? 1.0 : probability(q.param("probability"));
      return add(q.requiredParam("path"), type, Duration.ofMillis(delayMillis), status, code, count, probability)
          .describe();
    });
    router.admin("GET", "/faults", q -> Map.of("faults", faults.stream().map(Fault::describe).toList()));
    router.admin("DELETE", "/faults", q -> {
      String path = q.param("path");
      int before = faults.size();
      if (path == null) {
        faults.clear();
      } else {
        faults.removeIf(f -> f.path().equals(path));
      }
      return Map.of("code", 200, "removed", before - faults.size());
    });
    router.admin("DELETE", "/faults/{id}", q -> {
      long id;
      try {
        id = Long.parseLong(q.pathVariable("id"));
      } catch (NumberFormatException e) {
        throw AdminRequest.badRequest("id must be an integer");
      }
      if (!faults.removeIf(f -> f.id() == id)) {
        throw AdminRequest.notFound("no fault " + id);
      }
      return Map.of("code", 200, "removed", 1);
    });
  }

  private static double probability(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw AdminRequest.badRequest("probability must be a number, got: " + value);
    }
  }
}
