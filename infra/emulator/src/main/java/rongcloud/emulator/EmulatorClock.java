package rongcloud.emulator;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** The emulator's notion of now: system time plus an offset that tests move forward with {@link #advance}. */
public final class EmulatorClock implements InstantSource {
  private final InstantSource base;
  private volatile Duration offset = Duration.ZERO;

  public EmulatorClock() {
    this(InstantSource.system());
  }

  public EmulatorClock(InstantSource base) {
    this.base = base;
  }

  public Instant now() {
    return base.instant().plus(offset);
  }

  @Override
  public Instant instant() {
    return now();
  }

  /** Moves the clock forward; the emulator's time never goes backwards (rate windows rely on it). */
  public synchronized void advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("the emulator clock only moves forward: " + amount);
    }
    offset = offset.plus(amount);
  }

  /** How far the clock is ahead of its base (system) time. */
  public Duration offset() {
    return offset;
  }

  synchronized void reset() {
    offset = Duration.ZERO;
  }
}
