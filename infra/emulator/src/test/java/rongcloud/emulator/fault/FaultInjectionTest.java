package rongcloud.emulator.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;
import rongcloud.emulator.user.UserState;

/** The fault-injection admin surface (/_emulator/faults) and what each fault does to API requests, over real HTTP. */
class FaultInjectionTest extends EmulatorTest {
  private static final String CHECK = "/user/checkOnline.json";
  private static final String TOKEN = "/user/getToken.json";

  private void inject(String... pairs) {
    var spec = api.unsigned();
    for (int i = 0; i < pairs.length; i += 2) {
      spec = spec.formParam(pairs[i], pairs[i + 1]);
    }
    spec.post("/_emulator/faults").then().statusCode(200).body("id", notNullValue());
  }

  @Test
  void httpErrorsHitTheirPathForTheirCountOnly() {
    inject("path", CHECK, "type", "http-error", "status", "502", "code", "1050", "count", "2");
    api.form(CHECK, "userId", "a").statusCode(502).body("code", equalTo(1050));
    api.form("/user/block/query.json").statusCode(200);
    api.form(CHECK, "userId", "a").statusCode(502);
    api.form(CHECK, "userId", "a").statusCode(200).body("code", equalTo(200));
    api.unsigned().get("/_emulator/faults").then().body("faults", hasSize(0));
    // the hit requests reached the host: they are counted
    assertThat(emulator.requests().count(CHECK)).isEqualTo(3);
  }

  @Test
  void aHttpErrorIsNotProcessed() {
    inject("path", TOKEN, "type", "http-error", "count", "1");
    api.form(TOKEN, "userId", "a", "name", "A").statusCode(503).body("code", equalTo(1000));
    assertThat(emulator.state(UserState.class).isRegistered("a")).isFalse();
  }

  @Test
  void rateLimitedAnswers429With1008() {
    inject("path", "*", "type", "rate-limited", "count", "1");
    api.form(CHECK, "userId", "a").statusCode(429).body("code", equalTo(1008));
  }

  @Test
  void latencyHoldsTheAnswerButProcessesTheRequest() {
    inject("path", TOKEN, "type", "latency", "delayMillis", "300", "count", "1");
    long started = System.nanoTime();
    api.form(TOKEN, "userId", "a", "name", "A").statusCode(200);
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(290);
    assertThat(emulator.state(UserState.class).isRegistered("a")).isTrue();
  }

  @Test
  void slowBodyTricklesTheAnswer() {
    inject("path", CHECK, "type", "slow-body", "delayMillis", "300");
    long started = System.nanoTime();
    api.form(CHECK, "userId", "a").statusCode(200).body("code", equalTo(200));
    assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(200);
  }

  @Test
  void malformedJsonIsCutShort() {
    inject("path", CHECK, "type", "malformed-json");
    Response r = api.signed().contentType("application/x-www-form-urlencoded").formParam("userId", "a").post(CHECK);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.asString()).startsWith("{\"code\":200").doesNotEndWith("}");
  }

  @Test
  void resetClosesTheConnectionWithoutAnswer() {
    inject("path", CHECK, "type", "reset", "count", "1");
    Throwable failure = catchThrowable(() -> api.form(CHECK, "userId", "a"));
    assertThat(failure).isInstanceOf(IOException.class);
    api.form(CHECK, "userId", "a").statusCode(200);
    assertThat(emulator.requests().count(CHECK)).isEqualTo(2);
  }

  @Test
  void probabilityZeroPointFiveHitsSomeButNotAll() {
    inject("path", CHECK, "type", "http-error", "probability", "0.5");
    int failed = 0;
    for (int i = 0; i < 60; i++) {
      if (api.form(CHECK, "userId", "a").extract().statusCode() == 503) {
        failed++;
      }
    }
    assertThat(failed).isBetween(5, 55);
  }

  @Test
  void faultsAreListedDeletedAndValidated() {
    inject("path", CHECK, "type", "latency", "delayMillis", "10");
    inject("path", TOKEN, "type", "reset");
    api.unsigned().get("/_emulator/faults").then().statusCode(200).body("faults", hasSize(2))
        .body("faults[0].type", equalTo("latency")).body("faults[1].remaining", equalTo("unlimited"));
    api.unsigned().queryParam("path", TOKEN).delete("/_emulator/faults").then().statusCode(200).body("removed", equalTo(1));
    long id = api.unsigned().get("/_emulator/faults").then().extract().jsonPath().getLong("faults[0].id");
    api.unsigned().delete("/_emulator/faults/" + id).then().statusCode(200);
    api.unsigned().delete("/_emulator/faults/" + id).then().statusCode(404);
    inject("path", "*", "type", "rate-limited");
    api.unsigned().delete("/_emulator/faults").then().statusCode(200).body("removed", equalTo(1));
    api.form(CHECK, "userId", "a").statusCode(200);

    api.unsigned().formParam("path", CHECK).formParam("type", "explode").post("/_emulator/faults").then().statusCode(400);
    api.unsigned().formParam("path", CHECK).formParam("type", "latency").post("/_emulator/faults").then().statusCode(400);
    api.unsigned().formParam("path", CHECK).formParam("type", "reset").formParam("probability", "2")
        .post("/_emulator/faults").then().statusCode(400);
    api.unsigned().formParam("path", "user").formParam("type", "reset").post("/_emulator/faults").then().statusCode(400);
    api.unsigned().formParam("path", CHECK).formParam("type", "reset").formParam("count", "0")
        .post("/_emulator/faults").then().statusCode(400);
  }

  @Test
  void resetClearsFaults() {
    inject("path", "*", "type", "http-error");
    api.unsigned().post("/_emulator/reset").then().statusCode(200);
    api.form(CHECK, "userId", "a").statusCode(200);
  }
}
