package rongcloud.emulator.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;

/** The broadcast budgets: 2 requests/hour and 3 per calendar day, /push.json's shared by its three uses. */
class BroadcastBudgetTest extends EmulatorTest {
  private static final String PUSH_ONLY = "{\"platform\":[\"ios\"],\"audience\":{\"is_to_all\":true},"
      + "\"notification\":{\"alert\":\"hi\"}}";
  private static final String BY_TAG = "{\"platform\":[\"android\"],\"fromuserid\":\"sys\",\"audience\":{\"tag\":[\"vip\"],"
      + "\"is_to_all\":false},\"message\":{\"objectName\":\"RC:TxtMsg\",\"content\":\"{\\\"content\\\":\\\"x\\\"}\"}}";

  /** Moves the emulator clock to 00:30 of the next calendar day in the data center's zone. */
  private void startOfNextDay() {
    Instant now = emulator.clock().now();
    ZonedDateTime next = now.atZone(emulator.options().dataCenterZone()).toLocalDate().plusDays(1)
        .atTime(0, 30).atZone(emulator.options().dataCenterZone());
    emulator.clock().advance(Duration.between(now, next.toInstant()));
  }

  @Test
  void pushJsonUsesShareTwoPerHourAndThreePerCalendarDay() {
    startOfNextDay();
    api.json("/push.json", PUSH_ONLY).statusCode(200).body("id", notNullValue());
    api.json("/push.json", BY_TAG).statusCode(200).body("messageUID", notNullValue());
    api.json("/push.json", PUSH_ONLY).statusCode(429).body("code", equalTo(1008));
    emulator.clock().advance(Duration.ofMinutes(61));
    api.json("/push.json", BY_TAG).statusCode(200);
    emulator.clock().advance(Duration.ofMinutes(61));
    api.json("/push.json", PUSH_ONLY).statusCode(429).body("code", equalTo(1008)); // 3 already today
    startOfNextDay();
    api.json("/push.json", PUSH_ONLY).statusCode(200);
    assertThat(emulator.state(SystemState.class).pushes()).extracting(SystemState.Push::kind)
        .containsExactly("all", "tag", "tag", "all");
  }

  @Test
  void messageBroadcastHasItsOwnBudget() {
    startOfNextDay();
    api.json("/push.json", PUSH_ONLY).statusCode(200);
    api.json("/push.json", PUSH_ONLY).statusCode(200);
    api.form("/message/broadcast.json", "fromUserId", "sys", "objectName", "RC:TxtMsg", "content", "{\"content\":\"a\"}")
        .statusCode(200).body("messageUID", notNullValue());
  }

  @Test
  void disabledBroadcastServiceAnswers1009() {
    api.unsigned().queryParam("enabled", false).post("/_emulator/broadcast").then().statusCode(200);
    api.json("/push.json", PUSH_ONLY).statusCode(430).body("code", equalTo(1009));
  }
}
