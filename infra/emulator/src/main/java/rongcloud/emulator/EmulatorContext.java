package rongcloud.emulator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What areas share: options, clock, data-center time, and each other's state (e.g. the user registry). */
public final class EmulatorContext {
  private static final DateTimeFormatter DATA_CENTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final EmulatorOptions options;
  private final EmulatorClock clock;
  private final Map<Class<?>, AreaState> states = new LinkedHashMap<>();

  EmulatorContext(EmulatorOptions options, EmulatorClock clock) {
    this.options = options;
    this.clock = clock;
  }

  public EmulatorOptions options() {
    return options;
  }

  public EmulatorClock clock() {
    return clock;
  }

  public ZoneId dataCenterZone() {
    return options.dataCenterZone();
  }

  /** {@code yyyy-MM-dd HH:mm:ss} in the data-center zone, as RongCloud writes times. */
  public String formatTime(Instant instant) {
    return DATA_CENTER_TIME.format(instant.atZone(options.dataCenterZone()));
  }

  public synchronized <T extends AreaState> T register(Class<T> type, T state) {
    if (states.putIfAbsent(type, state) != null) {
      throw new IllegalStateException(type.getSimpleName() + " is already registered");
    }
    return state;
  }

  /** The state of an area installed earlier, e.g. {@code state(UserState.class)}. */
  public synchronized <T> T state(Class<T> type) {
    AreaState state = states.get(type);
    if (state == null) {
      throw new IllegalArgumentException("no area state " + type.getName() + "; known: " + states.keySet());
    }
    return type.cast(state);
  }

  synchronized Collection<AreaState> states() {
    return List.copyOf(states.values());
  }
}
