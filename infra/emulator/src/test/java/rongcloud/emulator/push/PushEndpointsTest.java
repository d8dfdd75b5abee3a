package rongcloud.emulator.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;

/** Emulator-only fidelity of the push area: DND levels and their rules, remarks paging, Push Plus budget. */
class PushEndpointsTest extends EmulatorTest {
  private PushState push() {
    return emulator.state(PushState.class);
  }

  @Test
  void unpushLevelWinsOverIsMutedAndBusChannelIsForUltraGroupsOnly() {
    api.form("/conversation/notification/set.json", "conversationType", "1", "requestId", "u1", "targetId", "u2",
        "isMuted", "1", "unpushLevel", "2").statusCode(200);
    api.form("/conversation/notification/get.json", "conversationType", "1", "requestId", "u1", "targetId", "u2")
        .statusCode(200).body("isMuted", equalTo(2));
    api.form("/conversation/notification/set.json", "conversationType", "3", "requestId", "u1", "targetId", "g1",
        "unpushLevel", "3").statusCode(400).body("code", equalTo(1002));
    api.form("/conversation/notification/set.json", "conversationType", "3", "requestId", "u1", "targetId", "g1",
        "unpushLevel", "5", "busChannel", "c1").statusCode(400).body("code", equalTo(1002));
    api.form("/conversation/notification/set.json", "conversationType", "10", "requestId", "u1", "targetId", "ug",
        "unpushLevel", "5", "busChannel", "c1").statusCode(200);
    assertThat(push().conversationLevel(10, "u1", "ug", "c1")).isEqualTo(5);
    assertThat(push().conversationLevel(10, "u1", "ug", "")).isEqualTo(0);
    api.form("/conversation/type/notification/set.json", "conversationType", "4", "requestId", "u1",
        "unpushLevel", "1").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void userRemarksArePagedWithTheirTotal() {
    api.form("/user/remarks/set.json", "userId", "owner", "remarks",
        "[{\"id\":\"a\",\"remark\":\"A\"},{\"id\":\"b\",\"remark\":\"B\"},{\"id\":\"c\",\"remark\":\"C\"}]")
        .statusCode(200);
    api.form("/user/remarks/get.json", "userId", "owner", "page", "2", "size", "2").statusCode(200)
        .body("total", equalTo(3)).body("users.id", contains("c")).body("users[0].remark", equalTo("C"));
    api.form("/user/remarks/set.json", "userId", "owner", "remarks", "[{\"id\":\"a\"}]").statusCode(400)
        .body("code", equalTo(1002));
  }

  @Test
  void pushPlusIsLimitedTo20AnHourAndRecorded() {
    emulator.setRateLimit("/push/custom.json", 1);
    String body = "{\"platform\":[\"ios\"],\"audience\":{\"is_to_all\":true},\"notification\":{\"alert\":\"hi\"}}";
    api.json("/push/custom.json", body).statusCode(200).body("id", startsWith("pushplus-"));
    api.json("/push/custom.json", body).statusCode(429).body("code", equalTo(1008));
    emulator.clock().advance(Duration.ofHours(1));
    api.json("/push/custom.json", body).statusCode(200);
    assertThat(push().pushes()).hasSize(2);
    // the two pushes may fall on two data-center days
    api.form("/stat/getDayPushData").statusCode(200).body("data.pushCount.sum()", equalTo(2));
  }
}
