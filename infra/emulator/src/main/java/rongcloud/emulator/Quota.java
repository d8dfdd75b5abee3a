package rongcloud.emulator;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * An endpoint's rate limit: rules that must all hold, an optional pool name when several endpoints share one
 * budget (the pool's first registration defines its rules), and the cost of one request (1 by default;
 * per user ID for "users/second" quotas).
 */
public record Quota(String pool, List<RateRule> rules, ToIntFunction<Params> cost) {
  public Quota {
    rules = List.copyOf(rules);
  }

  public static Quota perSecond(int limit) {
    return of(RateRule.perSecond(limit));
  }

  public static Quota of(RateRule... rules) {
    return new Quota(null, List.of(rules), p -> 1);
  }

  /** No documented limit. */
  public static Quota unlimited() {
    return new Quota(null, List.of(), p -> 1);
  }

  public Quota inPool(String poolName) {
    return new Quota(poolName, rules, cost);
  }

  /** What one request costs, e.g. {@code p -> p.count("userId")} for a per-user quota. */
  public Quota costing(ToIntFunction<Params> cost) {
    return new Quota(pool, rules, cost);
  }
}
