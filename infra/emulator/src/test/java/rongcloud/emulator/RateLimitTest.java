package rongcloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimitTest extends EmulatorTest {

  @Test
  void exceedingALoweredLimitAnswers429With1008ThenRecoversAfterTheWindow() {
    emulator.setRateLimit("/user/checkOnline.json", 3);
    for (int i = 0; i < 3; i++) {
      api.form("/user/checkOnline.json", "userId", "a").statusCode(200);
    }
    api.form("/user/checkOnline.json", "userId", "a").statusCode(429).body("code", equalTo(1008));
    api.form("/user/info.json", "userId", "a").statusCode(400); // other paths keep their own budget
    assertThat(emulator.requests().count("/user/checkOnline.json")).isEqualTo(4);
    assertThat(emulator.requests().last("/user/checkOnline.json").code()).isEqualTo(1008);
    emulator.clock().advance(Duration.ofSeconds(1));
    api.form("/user/checkOnline.json", "userId", "a").statusCode(200);
  }

  @Test
  void recoveryAlsoHappensInRealTime() throws InterruptedException {
    api.unsigned().queryParam("path", "/user/checkOnline.json").queryParam("limit", 1)
        .put("/_emulator/rate-limits").then().statusCode(200);
    api.form("/user/checkOnline.json", "userId", "a").statusCode(200);
    api.form("/user/checkOnline.json", "userId", "a").statusCode(429);
    Thread.sleep(1100);
    api.form("/user/checkOnline.json", "userId", "a").statusCode(200);
  }

  @Test
  void deactivationCostsOneUnitPerUserId() {
    String hundred = IntStream.range(0, 100).mapToObj(i -> "u" + i).collect(Collectors.joining(","));
    api.form("/user/deactivate.json", "userId", hundred).statusCode(200);
    api.form("/user/deactivate.json", "userId", "x").statusCode(429).body("code", equalTo(1008));
    emulator.clock().advance(Duration.ofSeconds(1));
    api.form("/user/deactivate.json", "userId", "x,y").statusCode(200);
  }

  @Test
  void batchTagSettingHasItsDefaultLimitOfTenPerSecond() {
    for (int i = 0; i < 10; i++) {
      api.json("/user/tag/batch/set.json", "{\"userIds\":[\"a\"],\"tags\":[\"t\"]}").statusCode(200);
    }
    api.json("/user/tag/batch/set.json", "{\"userIds\":[\"a\"],\"tags\":[\"t\"]}").statusCode(429)
        .body("code", equalTo(1008));
  }

  @Test
  void resetRestoresDefaultLimitsAndForgetsWindows() {
    emulator.setRateLimit("/user/checkOnline.json", 0);
    api.form("/user/checkOnline.json", "userId", "a").statusCode(429);
    emulator.reset();
    api.form("/user/checkOnline.json", "userId", "a").statusCode(200);
  }

  @Test
  void limitsAreNotEnforcedWhenTheOptionIsOff() {
    try (RongCloudEmulator own = RongCloudEmulator.start(EmulatorOptions.defaults().withEnforceRateLimits(false))) {
      own.setRateLimit("/user/checkOnline.json", 1);
      Api ownApi = new Api(own);
      for (int i = 0; i < 5; i++) {
        ownApi.form("/user/checkOnline.json", "userId", "a").statusCode(200);
      }
    }
  }

  // --- the limiter itself, on a hand-driven clock ---

  private final AtomicReference<Instant> time = new AtomicReference<>(Instant.parse("2024-01-01T00:00:00Z"));
  private final EmulatorClock manual = new EmulatorClock(time::get);

  private void at(long millis) {
    time.set(Instant.parse("2024-01-01T00:00:00Z").plusMillis(millis));
  }

  @Test
  void theSlidingWindowNeverLetsMoreThanTheLimitIntoAnySecond() {
    RateLimiter limiter = new RateLimiter(manual, ZoneId.of("UTC"), true);
    limiter.register("/p", Quota.perSecond(3));
    List<Long> accepted = new ArrayList<>();
    for (long t = 0; t < 5000; t += 70) {
      at(t);
      if (limiter.tryAcquire("/p", 1)) {
        accepted.add(t);
      }
    }
    for (long start = 0; start < 5000; start += 10) {
      long from = start;
      assertThat(accepted.stream().filter(t -> t >= from && t < from + 1000).count()).isLessThanOrEqualTo(3);
    }
    at(0);
    RateLimiter exact = new RateLimiter(manual, ZoneId.of("UTC"), true);
    exact.register("/p", Quota.perSecond(2));
    assertThat(exact.tryAcquire("/p", 1)).isTrue();
    at(999);
    assertThat(exact.tryAcquire("/p", 1)).isTrue();
    assertThat(exact.tryAcquire("/p", 1)).isFalse();
    at(1000);
    assertThat(exact.tryAcquire("/p", 1)).isTrue();
    assertThat(exact.tryAcquire("/p", 1)).isFalse();
  }

  @Test
  void pooledEndpointsShareOneBudgetAndCalendarDaysResetAtLocalMidnight() {
    RateLimiter limiter = new RateLimiter(manual, ZoneId.of("Asia/Shanghai"), true);
    Quota push = Quota.of(RateRule.per(2, Duration.ofHours(1)), RateRule.perCalendarDay(3)).inPool("push-json");
    limiter.register("/push.json", push);
    limiter.register("/push/custom.json", push);
    at(0); // 08:00 in Shanghai
    assertThat(limiter.tryAcquire("/push.json", 1)).isTrue();
    assertThat(limiter.tryAcquire("/push/custom.json", 1)).isTrue();
    assertThat(limiter.tryAcquire("/push.json", 1)).isFalse();
    at(Duration.ofHours(2).toMillis());
    assertThat(limiter.tryAcquire("/push/custom.json", 1)).isTrue();
    at(Duration.ofHours(4).toMillis());
    assertThat(limiter.tryAcquire("/push.json", 1)).isFalse(); // 3 per day spent
    at(Duration.ofHours(16).toMillis()); // 00:00 next day in Shanghai
    assertThat(limiter.tryAcquire("/push.json", 1)).isTrue();
  }

  @Test
  void overridingAnUnknownPathFails() {
    RateLimiter limiter = new RateLimiter(manual, ZoneId.of("UTC"), true);
    assertThatThrownBy(() -> limiter.override("/nope.json", 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
