package rongcloud.emulator;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Test client: real HTTP, signatures computed here (independently of {@link Signing}). */
public final class Api {
  private static final RestAssuredConfig UTF8 = RestAssuredConfig.config()
      .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
  private final RongCloudEmulator emulator;

  public Api(RongCloudEmulator emulator) {
    this.emulator = emulator;
  }

  public static String sha1Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public RequestSpecification unsigned() {
    return given().baseUri(emulator.baseUri().toString()).config(UTF8);
  }

  /** Signed like both SDKs: Timestamp in seconds of real time. */
  public RequestSpecification signed() {
    return signed(emulator.appKey(), emulator.appSecret(), String.valueOf(System.currentTimeMillis() / 1000));
  }

  public RequestSpecification signed(String appKey, String secret, String timestamp) {
    String nonce = String.valueOf(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    return unsigned().header("App-Key", appKey).header("Nonce", nonce).header("Timestamp", timestamp)
        .header("Signature", sha1Hex(secret + nonce + timestamp));
  }

  /** A signed form POST; {@code pairs} are name, value, name, value... (a repeated name repeats the field). */
  public ValidatableResponse form(String path, String... pairs) {
    RequestSpecification spec = signed().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    for (int i = 0; i < pairs.length; i += 2) {
      spec = spec.formParam(pairs[i], pairs[i + 1]);
    }
    return spec.post(path).then();
  }

  public ValidatableResponse json(String path, String body) {
    return signed().contentType(ContentType.JSON).body(body).post(path).then();
  }

  /** Registers a user and returns its token. */
  public String register(String userId, String name) {
    return form("/user/getToken.json", "userId", userId, "name", name)
        .statusCode(200).extract().path("token");
  }
}
