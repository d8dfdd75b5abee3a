package rongcloud.emulator;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to start an emulator.
 *
 * @param port             TCP port on 127.0.0.1; 0 picks a free one
 * @param appKey           the only App-Key the emulator accepts
 * @param appSecret        the secret signatures are checked against (see {@link RongCloudEmulator#rotateSecret})
 * @param dataCenterZone   time zone of the app's data center: Asia/Shanghai for China (Beijing), UTC for global ones
 * @param enforceRateLimits false lets every request through regardless of the quota table
 * @param devUserCap       0 = no cap; otherwise registering more users answers 2007 (RongCloud's dev environment: 100)
 */
public record EmulatorOptions(int port, String appKey, String appSecret, ZoneId dataCenterZone,
                              boolean enforceRateLimits, int devUserCap) {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  public EmulatorOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    requireText(appKey, "appKey");
    requireText(appSecret, "appSecret");
    Objects.requireNonNull(dataCenterZone, "dataCenterZone");
    if (devUserCap < 0) {
      throw new IllegalArgumentException("devUserCap must be >= 0: " + devUserCap);
    }
  }

  /** Port 0, a random App Key and App Secret shaped like RongCloud's, Asia/Shanghai, limits on, no user cap. */
  public static EmulatorOptions defaults() {
    return new EmulatorOptions(0, randomKey(), randomSecret(), ZoneId.of("Asia/Shanghai"), true, 0);
  }

  /** A random App Key: 12 lower-case letters and digits, like {@code uwd1c0sxdlx2}. */
  public static String randomKey() {
    return random(LOWER, 12);
  }

  /** A random App Secret: 14 letters and digits, like {@code Y1W2MeFwwwRxa0}. */
  public static String randomSecret() {
    return random(MIXED, 14);
  }

  public EmulatorOptions withPort(int port) {
    return new EmulatorOptions(port, appKey, appSecret, dataCenterZone, enforceRateLimits, devUserCap);
  }

  public EmulatorOptions withAppKey(String appKey) {
    return new EmulatorOptions(port, appKey, appSecret, dataCenterZone, enforceRateLimits, devUserCap);
  }

  public EmulatorOptions withAppSecret(String appSecret) {
    return new EmulatorOptions(port, appKey, appSecret, dataCenterZone, enforceRateLimits, devUserCap);
  }

  public EmulatorOptions withDataCenterZone(ZoneId dataCenterZone) {
    return new EmulatorOptions(port, appKey, appSecret, dataCenterZone, enforceRateLimits, devUserCap);
  }

  public EmulatorOptions withEnforceRateLimits(boolean enforceRateLimits) {
    return new EmulatorOptions(port, appKey, appSecret, dataCenterZone, enforceRateLimits, devUserCap);
  }

  public EmulatorOptions withDevUserCap(int devUserCap) {
    return new EmulatorOptions(port, appKey, appSecret, dataCenterZone, enforceRateLimits, devUserCap);
  }

  @Override
  public String toString() {
    return "EmulatorOptions[port=" + port + ", appKey=" + appKey + ", appSecret=***, dataCenterZone=" + dataCenterZone
        + ", enforceRateLimits=" + enforceRateLimits + ", devUserCap=" + devUserCap + "]";
  }

  static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static String random(String alphabet, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
