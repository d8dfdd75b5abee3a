package rongcloud.emulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** One emulator per test class, reset before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EmulatorTest {
  protected RongCloudEmulator emulator;
  protected Api api;

  protected EmulatorOptions options() {
    return EmulatorOptions.defaults();
  }

  @BeforeAll
  void startEmulator() {
    emulator = RongCloudEmulator.start(options());
    api = new Api(emulator);
  }

  @BeforeEach
  void resetEmulator() {
    emulator.reset();
  }

  @AfterAll
  void stopEmulator() {
    emulator.close();
  }
}
