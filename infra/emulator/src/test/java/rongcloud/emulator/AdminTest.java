package rongcloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.user.UserState;

class AdminTest extends EmulatorTest {

  @Test
  void resetForgetsUsersAndCounts() {
    api.register("a", "A");
    api.unsigned().post("/_emulator/reset").then().statusCode(200).body("code", equalTo(200));
    assertThat(emulator.state(UserState.class).isRegistered("a")).isFalse();
    assertThat(emulator.requests().total()).isZero();
  }

  @Test
  void requestCountsArePerPathAndTotal() {
    api.form("/user/block.json", "userId", "a", "minute", "1");
    api.form("/user/block.json", "userId", "a");
    api.form("/user/checkOnline.json", "userId", "a");
    api.unsigned().queryParam("path", "/user/block.json").get("/_emulator/requests")
        .then().statusCode(200).body("count", equalTo(2));
    api.unsigned().get("/_emulator/requests").then().body("count", equalTo(3));
    api.unsigned().queryParam("path", "/user/unblock.json").get("/_emulator/requests").then().body("count", equalTo(0));
  }

  @Test
  void theClockAdvances() {
    Instant before = emulator.clock().now();
    api.unsigned().post("/_emulator/clock/advance?seconds=3600").then().statusCode(200).body("now", notNullValue());
    assertThat(Duration.between(before, emulator.clock().now())).isGreaterThanOrEqualTo(Duration.ofHours(1));
    api.unsigned().get("/_emulator/clock").then().statusCode(200).body("epochMillis", notNullValue());
    api.unsigned().post("/_emulator/clock/advance?seconds=-1").then().statusCode(400);
    api.unsigned().post("/_emulator/clock/advance?seconds=x").then().statusCode(400);
  }

  @Test
  void theSecretCanBeRotated() {
    String original = emulator.appSecret();
    try {
      api.unsigned().formParam("secret", "Rotated0000001").post("/_emulator/secret").then().statusCode(200);
      assertThat(emulator.appSecret()).isEqualTo("Rotated0000001");
      api.signed(emulator.appKey(), original, String.valueOf(System.currentTimeMillis() / 1000))
          .formParam("userId", "a").post("/user/checkOnline.json").then().statusCode(401).body("code", equalTo(1004));
      api.form("/user/checkOnline.json", "userId", "a").statusCode(200);
    } finally {
      emulator.rotateSecret(original);
    }
  }

  @Test
  void usersGoOnlineOnlyWhenTheyCouldConnect() {
    api.unsigned().post("/_emulator/users/a/online?online=true").then().statusCode(409).body("code", equalTo(409));
    String token = api.register("a", "A");
    api.unsigned().post("/_emulator/users/a/online?online=true").then().statusCode(200).body("online", equalTo(true));
    api.form("/user/checkOnline.json", "userId", "a").body("status", equalTo("1"));
    api.unsigned().post("/_emulator/users/a/online?online=false").then().statusCode(200);
    api.form("/user/checkOnline.json", "userId", "a").body("status", equalTo("0"));
    api.form("/user/block.json", "userId", "a", "minute", "5");
    api.unsigned().post("/_emulator/users/a/online?online=true").then().statusCode(409);
    api.unsigned().post("/_emulator/users/a/online?online=maybe").then().statusCode(400);
    assertThat(token).isNotBlank();
  }

  @Test
  void aUsersFullStateIsVisible() {
    api.form("/user/getToken.json", "userId", "a", "name", "Alice", "portraitUri", "https://x/a.png");
    api.unsigned().post("/_emulator/users/a/online?online=true");
    api.json("/user/tag/set.json", "{\"userId\":\"a\",\"tags\":[\"bj\"]}");
    api.form("/user/chat/fb/set.json", "userId", "a", "state", "1", "type", "PERSON");
    api.unsigned().get("/_emulator/users/a").then().statusCode(200)
        .body("userId", equalTo("a"))
        .body("registered", equalTo(true))
        .body("name", equalTo("Alice"))
        .body("portraitUri", equalTo("https://x/a.png"))
        .body("createTime", notNullValue())
        .body("tokens", hasSize(1))
        .body("tokens[0]", hasKey("issuedAt"))
        .body("tokens[0].valid", equalTo(true))
        .body("blockedUntil", nullValue())
        .body("deactivated", equalTo(false))
        .body("tags", contains("bj"))
        .body("privateChatMuted", equalTo(true))
        .body("online", equalTo(true));
    api.form("/user/block.json", "userId", "a", "minute", "5");
    api.unsigned().get("/_emulator/users/a").then().body("blockedUntil", notNullValue()).body("online", equalTo(false));
    api.unsigned().get("/_emulator/users/ghost").then().statusCode(404).body("code", equalTo(404));
  }

  @Test
  void rateLimitsCanBeReadAndOverridden() {
    api.unsigned().get("/_emulator/rate-limits").then().statusCode(200)
        .body("'/user/getToken.json'[0].limit", equalTo(200))
        .body("'/user/tag/batch/set.json'[0].limit", equalTo(10));
    api.unsigned().queryParam("path", "/user/getToken.json").queryParam("limit", 1).put("/_emulator/rate-limits")
        .then().statusCode(200);
    api.unsigned().get("/_emulator/rate-limits").then().body("'/user/getToken.json'[0].limit", equalTo(1));
    api.unsigned().queryParam("path", "/nope.json").queryParam("limit", 1).put("/_emulator/rate-limits")
        .then().statusCode(400);
  }

  @Test
  void unknownAdminRoutesAndMethodsAreRefused() {
    api.unsigned().get("/_emulator/nothing").then().statusCode(404).body("code", equalTo(404));
    api.unsigned().get("/_emulator/reset").then().statusCode(405);
  }
}
