package rongcloud.emulator;

import java.time.Instant;

/** The in-memory state of one API area, looked up with {@link EmulatorContext#state} / {@link RongCloudEmulator#state}. */
public interface AreaState {
  /** Forgets everything. */
  void reset();

  /** The App Secret was refreshed at {@code at}: RongCloud then invalidates every token issued before. */
  default void secretRotated(Instant at) {}
}
