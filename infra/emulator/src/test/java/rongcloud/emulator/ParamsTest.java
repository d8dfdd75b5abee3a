package rongcloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParamsTest {
  private static Params form(String body) {
    return Params.parse(BodyKind.FORM, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
  }

  private static int code(Runnable call) {
    try {
      call.run();
    } catch (ApiException e) {
      return e.code();
    }
    throw new AssertionError("no ApiException");
  }

  @Test
  void formFieldsAreDecodedAsUtf8WithRepeatsInOrder() {
    Params p = form("userId=b&userId=a&name=%E5%BC%A0+%E4%B8%89&ids=x,%20y,,z");
    assertThat(p.requiredList("userId", 20, Limit.NONE)).containsExactly("b", "a");
    assertThat(p.requiredString("name", Limit.chars(3))).isEqualTo("张 三");
    assertThat(p.requiredCommaList("ids", 3, Limit.NONE)).containsExactly("x", "y", "z");
    assertThat(p.commaCount("ids")).isEqualTo(3);
    assertThat(p.count("userId")).isEqualTo(2);
    assertThat(p.optionalString("absent", Limit.NONE)).isNull();
    assertThat(p.optionalInt("absent", 7, 0, 10)).isEqualTo(7);
  }

  @Test
  void badValuesEarnRongCloudCodes() {
    Params p = form("n=abc&big=99&ids=a,b,c&long=abcdef");
    assertThat(code(() -> p.requiredInt("n", 0, 100))).isEqualTo(1002);
    assertThat(code(() -> p.requiredInt("big", 0, 10))).isEqualTo(1002);
    assertThat(code(() -> p.requiredCommaList("ids", 2, Limit.NONE))).isEqualTo(1002);
    assertThat(code(() -> p.requiredString("long", Limit.bytes(5)))).isEqualTo(1005);
    assertThat(code(() -> p.requiredString("missing", Limit.NONE))).isEqualTo(1002);
    assertThatThrownBy(() -> form("a=%zz")).isInstanceOf(ApiException.class);
  }

  @Test
  void jsonBodiesExposeArraysAndScalars() {
    Params p = Params.parse(BodyKind.JSON, "application/json; charset=utf-8",
        "{\"userId\":\"u1\",\"tags\":[],\"n\":5,\"ids\":[\"a\",\"b\"]}".getBytes(StandardCharsets.UTF_8));
    assertThat(p.requiredString("userId", Limit.NONE)).isEqualTo("u1");
    assertThat(p.requiredArray("tags", 20, Limit.NONE)).isEmpty();
    assertThat(p.requiredInt("n", 0, 10)).isEqualTo(5);
    assertThat(p.asMap().get("ids")).containsExactly("a", "b");
    assertThat(code(() -> p.requiredList("tags", 20, Limit.NONE))).isEqualTo(1002);
    assertThat(code(() -> p.requiredString("ids", Limit.NONE))).isEqualTo(1002);
  }
}
