package rongcloud.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * At most {@code limit} units in any {@code window} (a sliding window), or per calendar day in the data-center
 * time zone when {@code calendarDay} (the day boundary is an UNVERIFIED assumption of common.yaml).
 */
public record RateRule(int limit, Duration window, boolean calendarDay) {
  public RateRule {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0: " + limit);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
  }

  public static RateRule perSecond(int limit) {
    return new RateRule(limit, Duration.ofSeconds(1), false);
  }

  public static RateRule per(int limit, Duration window) {
    return new RateRule(limit, window, false);
  }

  public static RateRule perCalendarDay(int limit) {
    return new RateRule(limit, Duration.ofDays(1), true);
  }

  public RateRule withLimit(int newLimit) {
    return new RateRule(newLimit, window, calendarDay);
  }

  /** Whether a hit at {@code hit} still counts against this rule at {@code now}: windows are half-open, (now - window, now]. */
  boolean counts(Instant hit, Instant now, ZoneId zone) {
    return calendarDay
        ? hit.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())
        : hit.isAfter(now.minus(window));
  }

  /** How long a hit must be remembered for this rule. */
  Duration retention() {
    return calendarDay ? Duration.ofDays(2) : window;
  }
}
