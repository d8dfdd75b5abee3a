package rongcloud.emulator.ultragroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;
import rongcloud.emulator.message.MessageState;

/** Emulator-only fidelity of the ultra-group area: default channel, id lists, codes, channel rules, messages. */
class UltraGroupEndpointsTest extends EmulatorTest {
  private UltraGroupState groups() {
    return emulator.state(UltraGroupState.class);
  }

  @Test
  void createMakesTheDefaultChannelWhichCannotBecomePrivate() {
    api.form("/ultragroup/create.json", "groupId", "ug1", "userId", "a", "groupName", "n").statusCode(200)
        .body("code", equalTo(200));
    api.form("/ultragroup/channel/get.json", "groupId", "ug1").statusCode(200)
        .body("channelList.channelId", contains("RCDefault")).body("channelList[0].type", equalTo(0));
    api.form("/ultragroup/channel/type/change.json", "groupId", "ug1", "busChannel", "RCDefault", "type", "1")
        .statusCode(400).body("code", equalTo(1002));
    assertThat(groups().channel("ug1", "RCDefault").orElseThrow().type()).isZero();
  }

  @Test
  void badIdsAndMissingGroupsAnswerRongCloudCodes() {
    api.form("/ultragroup/create.json", "groupId", "ug_1", "userId", "a", "groupName", "n").statusCode(400)
        .body("code", equalTo(1002));
    api.form("/ultragroup/create.json", "groupId", "g".repeat(65), "userId", "a", "groupName", "n").statusCode(400)
        .body("code", equalTo(1005));
    api.form("/ultragroup/join.json", "groupId", "nosuch", "userId", "a").statusCode(200).body("code", equalTo(1015));
    api.form("/ultragroup/create.json", "groupId", "ug2", "userId", "a", "groupName", "n").statusCode(200);
    api.form("/ultragroup/channel/create.json", "groupId", "ug2", "busChannel", "c".repeat(21)).statusCode(400)
        .body("code", equalTo(1005));
    api.form("/ultragroup/userbanned/add.json", "groupId", "ug2", "userIds", String.join(",", ids(21)))
        .statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void privateChannelUsersMustAllBeMembersOrNothingIsAdded() {
    api.form("/ultragroup/create.json", "groupId", "ug3", "userId", "a", "groupName", "n").statusCode(200);
    api.form("/ultragroup/channel/create.json", "groupId", "ug3", "busChannel", "vip", "type", "1").statusCode(200);
    api.form("/ultragroup/channel/private/users/add.json", "groupId", "ug3", "busChannel", "vip", "userIds", "a,b")
        .statusCode(400).body("code", equalTo(24406));
    assertThat(groups().channel("ug3", "vip").orElseThrow().privateUsers()).isEmpty();
    api.form("/ultragroup/channel/private/users/add.json", "groupId", "ug3", "busChannel", "vip", "userIds", "a")
        .statusCode(200);
    api.form("/ultragroup/user/channel/query.json", "groupId", "ug3", "userId", "a").statusCode(200)
        .body("data", contains("vip"));
  }

  @Test
  void historyHonoursTheTimeWindowChannelAndFourteenDaySpan() {
    api.form("/ultragroup/create.json", "groupId", "ug4", "userId", "a", "groupName", "n").statusCode(200);
    MessageState messages = emulator.state(MessageState.class);
    var m1 = messages.store("/message/ultragroup/publish.json", 10, "a", "ug4", List.of(), "RC:TxtMsg",
        "{\"content\":\"one\"}", "c1", false, Map.of(), Map.of());
    emulator.clock().advance(Duration.ofSeconds(5));
    messages.store("/message/ultragroup/publish.json", 10, "a", "ug4", List.of(), "RC:TxtMsg",
        "{\"content\":\"other channel\"}", "c2", false, Map.of(), Map.of());
    long t = m1.sentTime().toEpochMilli();
    api.form("/ultragroup/hismsg/query.json", "groupId", "ug4", "busChannel", "c1", "startTime", Long.toString(t - 1),
        "endTime", Long.toString(t + 60_000)).statusCode(200)
        .body("data", hasSize(1)).body("data[0].msgUID", equalTo(m1.messageUid()))
        .body("data[0].conversationType", equalTo(10));
    api.form("/ultragroup/hismsg/query.json", "groupId", "ug4", "busChannel", "c1", "startTime", Long.toString(t),
        "endTime", Long.toString(t + 60_000)).statusCode(200).body("data", hasSize(0));
    api.form("/ultragroup/hismsg/query.json", "groupId", "ug4", "busChannel", "c1", "startTime", "0",
        "endTime", Long.toString(Duration.ofDays(15).toMillis())).statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void expansionNeedsTheMessagesOwnChannelAndExpansionFlag() {
    api.form("/ultragroup/create.json", "groupId", "ug5", "userId", "a", "groupName", "n").statusCode(200);
    MessageState messages = emulator.state(MessageState.class);
    var m = messages.store("/message/ultragroup/publish.json", 10, "a", "ug5", List.of(), "RC:TxtMsg",
        "{\"content\":\"x\"}", "c1", true, Map.of("k0", "v0"), Map.of());
    api.form("/ultragroup/message/expansion/set.json", "groupId", "ug5", "msgUID", m.messageUid(), "userId", "a",
        "extraKeyVal", "{\"k1\":\"v1\"}").statusCode(400).body("code", equalTo(1002));
    api.form("/ultragroup/message/expansion/set.json", "groupId", "ug5", "busChannel", "c1", "msgUID", m.messageUid(),
        "userId", "a", "extraKeyVal", "{\"k1\":\"v1\"}").statusCode(200);
    api.form("/ultragroup/message/expansion/query.json", "groupId", "ug5", "busChannel", "c1", "msgUID", m.messageUid())
        .statusCode(200).body("extraContent.k0.v", equalTo("v0")).body("extraContent.k1.v", equalTo("v1"));
  }

  @Test
  void userGroupsArePostedAsJson() {
    api.form("/ultragroup/create.json", "groupId", "ug6", "userId", "a", "groupName", "n").statusCode(200);
    api.json("/ultragroup/usergroup/add.json", "{\"groupId\":\"ug6\",\"userGroups\":[{\"userGroupId\":\"r1\"},"
        + "{\"userGroupId\":\"r2\"}]}").statusCode(200).body("code", equalTo(200));
    api.form("/ultragroup/usergroup/query.json", "groupId", "ug6").statusCode(200)
        .body("userGroups.userGroupId", contains("r1", "r2"));
    api.form("/ultragroup/usergroup/add.json", "groupId", "ug6").statusCode(400).body("code", equalTo(1002));
  }

  private static List<String> ids(int n) {
    return java.util.stream.IntStream.range(0, n).mapToObj(i -> "u" + i).toList();
  }
}
