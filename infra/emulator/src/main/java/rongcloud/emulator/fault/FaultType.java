package rongcloud.emulator.fault;

import java.util.Locale;

/**
 * What an injected fault does to a matching API request. Faults that {@link #reachesHandler() reach the
 * handler} let the emulator process the request (state changes, rate budget used) and spoil only the answer;
 * the others answer instead of the handler (nothing is processed), as a proxy or an overloaded front end would.
 */
public enum FaultType {
  /** The request is processed; the answer is held back for {@code delayMillis} (a slow or hung upstream). */
  LATENCY(true),
  /**
   * The request reaches the handler only after {@code delayMillis} (a slow way in: it is counted by the rate limits,
   * and changes state, that late), then is answered at once.
   */
  LATE_ARRIVAL(true),
  /** The request is processed; the answer's headers go out at once, its body trickles out over {@code delayMillis}. */
  SLOW_BODY(true),
  /** Not processed; HTTP {@code status} (default 503) with RongCloud's envelope, code {@code code} (default 1000). */
  HTTP_ERROR(false),
  /** Not processed; HTTP 429 with code 1008, as RongCloud's rate limit answers. */
  RATE_LIMITED(false),
  /** Not processed; the connection is closed without any answer. */
  RESET(false),
  /** Not processed; HTTP 200 with a truncated JSON body. */
  MALFORMED_JSON(false);

  private final boolean reachesHandler;

  FaultType(boolean reachesHandler) {
    this.reachesHandler = reachesHandler;
  }

  public boolean reachesHandler() {
    return reachesHandler;
  }

  /** The admin surface's name: lower-case with dashes, e.g. {@code http-error}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static FaultType fromWire(String name) {
    for (FaultType type : values()) {
      if (type.wireName().equals(name) || type.name().equalsIgnoreCase(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown fault type " + name + "; one of latency, slow-body, http-error,"
        + " rate-limited, reset, malformed-json");
  }
}
