package rongcloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SigningAndProtocolTest extends EmulatorTest {

  private String nowSeconds() {
    return String.valueOf(System.currentTimeMillis() / 1000);
  }

  @Test
  void signatureFollowsTheDocumentedTestVector() {
    assertThat(Api.sha1Hex("Y1W2MeFwwwRxa0" + "14314" + "1408710653000"))
        .isEqualTo("30be0bbca9c9b2e27578701e9fda2358a814c88f");
    assertThat(Signing.signature("Y1W2MeFwwwRxa0", "14314", "1408710653000"))
        .isEqualTo("30be0bbca9c9b2e27578701e9fda2358a814c88f");
  }

  @Test
  void aValidSignedCallSucceedsWithTheEnvelope() {
    api.form("/user/getToken.json", "userId", "u1", "name", "Alice")
        .statusCode(200)
        .header("Content-Type", "application/json; charset=utf-8")
        .body("code", equalTo(200))
        .body("userId", equalTo("u1"))
        .body("token", notNullValue());
  }

  @Test
  void aWrongSignatureIs401With1004() {
    api.unsigned().header("App-Key", emulator.appKey()).header("Nonce", "1").header("Timestamp", nowSeconds())
        .header("Signature", Api.sha1Hex("wrong" + "1" + nowSeconds()))
        .formParam("userId", "u1").post("/user/checkOnline.json")
        .then().statusCode(401).body("code", equalTo(1004)).body("errorMessage", notNullValue());
  }

  @Test
  void anUppercaseSignatureIsRejected() {
    String ts = nowSeconds();
    api.unsigned().header("App-Key", emulator.appKey()).header("Nonce", "1").header("Timestamp", ts)
        .header("Signature", Api.sha1Hex(emulator.appSecret() + "1" + ts).toUpperCase())
        .formParam("userId", "u1").post("/user/checkOnline.json")
        .then().statusCode(401).body("code", equalTo(1004));
  }

  @Test
  void anUnknownOrMissingAppKeyIs401With1001() {
    api.signed("otherkey", emulator.appSecret(), nowSeconds()).formParam("userId", "u1")
        .post("/user/checkOnline.json").then().statusCode(401).body("code", equalTo(1001));
    api.unsigned().header("Nonce", "1").header("Timestamp", nowSeconds()).header("Signature", "x")
        .formParam("userId", "u1").post("/user/checkOnline.json")
        .then().statusCode(401).body("code", equalTo(1001));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Nonce", "Timestamp", "Signature"})
  void aMissingSigningHeaderIs1004(String missing) {
    String ts = nowSeconds();
    var spec = api.unsigned().header("App-Key", emulator.appKey());
    if (!missing.equals("Nonce")) {
      spec = spec.header("Nonce", "7");
    }
    if (!missing.equals("Timestamp")) {
      spec = spec.header("Timestamp", ts);
    }
    if (!missing.equals("Signature")) {
      spec = spec.header("Signature", Api.sha1Hex(emulator.appSecret() + "7" + ts));
    }
    spec.formParam("userId", "u1").post("/user/checkOnline.json")
        .then().statusCode(401).body("code", equalTo(1004)).body("errorMessage", containsString(missing));
  }

  @Test
  void aStaleTimestampIsRejected() {
    String tenMinutesAgo = String.valueOf(System.currentTimeMillis() / 1000 - 600);
    api.signed(emulator.appKey(), emulator.appSecret(), tenMinutesAgo).formParam("userId", "u1")
        .post("/user/checkOnline.json")
        .then().statusCode(401).body("code", equalTo(1004)).body("errorMessage", containsString("stale"));
    String tenMinutesAhead = String.valueOf(System.currentTimeMillis() + 600_000);
    api.signed(emulator.appKey(), emulator.appSecret(), tenMinutesAhead).formParam("userId", "u1")
        .post("/user/checkOnline.json")
        .then().statusCode(401).body("errorMessage", containsString("stale"));
  }

  @Test
  void secondsAndMillisecondsTimestampsAreBothAccepted() {
    api.signed(emulator.appKey(), emulator.appSecret(), nowSeconds()).formParam("userId", "u1")
        .post("/user/checkOnline.json").then().statusCode(200);
    api.signed(emulator.appKey(), emulator.appSecret(), String.valueOf(System.currentTimeMillis()))
        .formParam("userId", "u1").post("/user/checkOnline.json").then().statusCode(200);
  }

  @Test
  void timestampsFollowingTheAdvancedEmulatorClockOrRealTimeAreBothAccepted() {
    emulator.clock().advance(Duration.ofHours(2));
    api.form("/user/checkOnline.json", "userId", "u1").statusCode(200);
    String emulatorMillis = String.valueOf(emulator.clock().now().toEpochMilli());
    api.signed(emulator.appKey(), emulator.appSecret(), emulatorMillis).formParam("userId", "u1")
        .post("/user/checkOnline.json").then().statusCode(200);
  }

  @Test
  void rcPrefixedHeadersAreAccepted() {
    String ts = nowSeconds();
    api.unsigned().header("RC-App-Key", emulator.appKey()).header("RC-Nonce", "42").header("RC-Timestamp", ts)
        .header("RC-Signature", Api.sha1Hex(emulator.appSecret() + "42" + ts))
        .formParam("userId", "u1").post("/user/checkOnline.json")
        .then().statusCode(200).body("status", equalTo("0"));
  }

  @Test
  void noncesLongerThanDocumentedAreAcceptedUpTo64Characters() {
    String ts = nowSeconds();
    String goNonce = "9223372036854775807";
    String javaNonce = "123456.78901234";
    for (String nonce : new String[] {goNonce, javaNonce}) {
      api.unsigned().header("App-Key", emulator.appKey()).header("Nonce", nonce).header("Timestamp", ts)
          .header("Signature", Api.sha1Hex(emulator.appSecret() + nonce + ts))
          .formParam("userId", "u1").post("/user/checkOnline.json").then().statusCode(200);
    }
    String tooLong = "1".repeat(65);
    api.unsigned().header("App-Key", emulator.appKey()).header("Nonce", tooLong).header("Timestamp", ts)
        .header("Signature", Api.sha1Hex(emulator.appSecret() + tooLong + ts))
        .formParam("userId", "u1").post("/user/checkOnline.json").then().statusCode(401).body("code", equalTo(1004));
  }

  @Test
  void rotatingTheSecretRejectsTheOldOneAndInvalidatesTokens() {
    try (RongCloudEmulator own = RongCloudEmulator.start(EmulatorOptions.defaults())) {
      Api ownApi = new Api(own);
      String token = ownApi.register("u1", "Alice");
      String oldSecret = own.appSecret();
      own.rotateSecret("NewSecret12345");
      ownApi.signed(own.appKey(), oldSecret, nowSeconds()).formParam("userId", "u1").post("/user/checkOnline.json")
          .then().statusCode(401).body("code", equalTo(1004));
      ownApi.form("/user/checkOnline.json", "userId", "u1").statusCode(200);
      assertThat(own.state(rongcloud.emulator.user.UserState.class).isTokenValid(token)).isFalse();
    }
  }

  @Test
  void theRequestIdIsEchoedOrGeneratedAndRecorded() {
    api.signed().header("X-Request-ID", "req-123").formParam("userId", "u1").post("/user/checkOnline.json")
        .then().statusCode(200).header("X-Request-ID", "req-123");
    assertThat(emulator.requests().last("/user/checkOnline.json").requestId()).isEqualTo("req-123");
    assertThat(emulator.requests().last("/user/checkOnline.json").header("x-request-id")).isEqualTo("req-123");
    String generated = api.form("/user/checkOnline.json", "userId", "u1").statusCode(200)
        .header("X-Request-ID", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-ID");
    assertThat(emulator.requests().last("/user/checkOnline.json").requestId()).isEqualTo(generated);
    api.unsigned().header("X-Request-ID", "bad-sig").post("/user/checkOnline.json")
        .then().statusCode(401).header("X-Request-ID", "bad-sig");
  }

  @Test
  void anUnknownPathIs404AndANonPostMethodIs405() {
    api.form("/user/nothing.json", "userId", "u1").statusCode(404).body("code", equalTo(404))
        .body("errorMessage", containsString("/user/nothing.json"));
    api.signed().get("/user/checkOnline.json").then().statusCode(405).body("code", equalTo(405))
        .body("errorMessage", notNullValue());
    assertThat(emulator.requests().count("/user/nothing.json")).isEqualTo(1);
    assertThat(emulator.requests().count("/user/checkOnline.json")).isEqualTo(1);
  }

  @Test
  void bodiesMustMatchTheEndpointEncoding() {
    api.signed().contentType(ContentType.JSON).body("{\"userId\":\"u1\"}").post("/user/checkOnline.json")
        .then().statusCode(400).body("code", equalTo(1002)).body("errorMessage", containsString("Content-Type"));
    api.signed().contentType(ContentType.JSON).post("/user/tag/set.json")
        .then().statusCode(400).body("code", equalTo(1003));
    api.json("/user/tag/set.json", "{\"userId\":").statusCode(400).body("code", equalTo(1002));
    api.json("/user/tag/set.json", "[1,2]").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void everyRequestIsRecordedWithItsParamsAndOutcome() {
    api.form("/user/block.json", "userId", "a", "userId", "b", "minute", "10").statusCode(200);
    api.unsigned().formParam("userId", "c").post("/user/block.json").then().statusCode(401);
    RecordedRequest last = emulator.requests().last("/user/block.json");
    assertThat(last.params("userId")).containsExactly("c");
    assertThat(last.httpStatus()).isEqualTo(401);
    assertThat(last.code()).isEqualTo(1001);
    assertThat(emulator.requests().all().get(0).params("userId")).containsExactly("a", "b");
    assertThat(emulator.requests().count("/user/block.json")).isEqualTo(2);
    assertThat(emulator.requests().total()).isEqualTo(2);
    emulator.requests().clear();
    assertThat(emulator.requests().total()).isZero();
  }
}
