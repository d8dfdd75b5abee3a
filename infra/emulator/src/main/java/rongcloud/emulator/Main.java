package rongcloud.emulator;

import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone: {@code --port N} (default 0 = free port), {@code --zone Asia/Shanghai},
 * {@code --no-rate-limits}, {@code --dev-user-cap N}. App Key and Secret come from EMULATOR_APP_KEY /
 * EMULATOR_APP_SECRET or are generated and printed once at startup.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    EmulatorOptions options = EmulatorOptions.defaults();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> options = options.withPort(Integer.parseInt(value(args, ++i)));
        case "--zone" -> options = options.withDataCenterZone(ZoneId.of(value(args, ++i)));
        case "--no-rate-limits" -> options = options.withEnforceRateLimits(false);
        case "--dev-user-cap" -> options = options.withDevUserCap(Integer.parseInt(value(args, ++i)));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]
            + "; use --port N, --zone ZONE, --no-rate-limits, --dev-user-cap N");
      }
    }
    String key = System.getenv("EMULATOR_APP_KEY");
    String secret = System.getenv("EMULATOR_APP_SECRET");
    if (key != null && !key.isBlank()) {
      options = options.withAppKey(key);
    }
    if (secret != null && !secret.isBlank()) {
      options = options.withAppSecret(secret);
    }
    RongCloudEmulator emulator = RongCloudEmulator.start(options);
    Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "rongcloud-emulator-shutdown"));
    System.out.println("RongCloud emulator listening on " + emulator.baseUri());
    System.out.println("App-Key:    " + emulator.appKey());
    System.out.println("App-Secret: " + (secret == null || secret.isBlank() ? emulator.appSecret() : "(from EMULATOR_APP_SECRET)"));
    new CountDownLatch(1).await();
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
