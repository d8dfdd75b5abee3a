package rongcloud.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact sliding windows per budget (an endpoint's path, or its pool): a request passes only if, for every rule,
 * the units spent within the window plus its own cost stay within the limit. Refused requests spend nothing.
 */
final class RateLimiter {
  private final EmulatorClock clock;
  private final ZoneId zone;
  private final boolean enforce;
  private final Map<String, String> budgetOfPath = new ConcurrentHashMap<>();
  private final Map<String, List<RateRule>> defaults = new ConcurrentHashMap<>();
  private final Map<String, Integer> overrides = new ConcurrentHashMap<>();
  private final Map<String, Deque<Hit>> windows = new ConcurrentHashMap<>();

  private record Hit(Instant at, int cost) {}

  RateLimiter(EmulatorClock clock, ZoneId zone, boolean enforce) {
    this.clock = clock;
    this.zone = zone;
    this.enforce = enforce;
  }

  void register(String path, Quota quota) {
    String budget = quota.pool() == null ? path : "pool:" + quota.pool();
    budgetOfPath.put(path, budget);
    defaults.putIfAbsent(budget, quota.rules());
  }

  boolean tryAcquire(String path, int cost) {
    String budget = budgetOfPath.get(path);
    if (!enforce || budget == null) {
      return true;
    }
    List<RateRule> rules = rules(budget);
    Deque<Hit> hits = windows.computeIfAbsent(budget, b -> new ArrayDeque<>());
    synchronized (hits) {
      Instant now = clock.now();
      Duration retention = rules.stream().map(RateRule::retention).max(Duration::compareTo).orElse(Duration.ZERO);
      while (!hits.isEmpty() && !hits.peekFirst().at().isAfter(now.minus(retention))) {
        hits.removeFirst();
      }
      for (RateRule rule : rules) {
        long spent = hits.stream().filter(h -> rule.counts(h.at(), now, zone)).mapToLong(Hit::cost).sum();
        if (spent + cost > rule.limit()) {
          return false;
        }
      }
      hits.addLast(new Hit(now, cost));
      return true;
    }
  }

  /** Replaces the limit of the first rule of the budget {@code path} belongs to (its pool, if any). */
  void override(String path, int limit) {
    String budget = budgetOfPath.get(path);
    if (budget == null || defaults.get(budget).isEmpty()) {
      throw new IllegalArgumentException("no rate-limited endpoint at " + path);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    overrides.put(budget, limit);
  }

  /** Path → effective rules, for the admin surface. */
  Map<String, List<Map<String, Object>>> table() {
    Map<String, List<Map<String, Object>>> table = new LinkedHashMap<>();
    budgetOfPath.keySet().stream().sorted().forEach(path -> table.put(path, rules(budgetOfPath.get(path)).stream()
        .map(r -> Map.<String, Object>of("limit", r.limit(), "windowSeconds", r.window().toSeconds(),
            "calendarDay", r.calendarDay()))
        .toList()));
    return table;
  }

  /** Forgets windows and overrides. */
  void reset() {
    windows.clear();
    overrides.clear();
  }

  private List<RateRule> rules(String budget) {
    List<RateRule> rules = new ArrayList<>(defaults.get(budget));
    Integer override = overrides.get(budget);
    if (override != null && !rules.isEmpty()) {
      rules.set(0, rules.get(0).withLimit(override));
    }
    return rules;
  }
}
