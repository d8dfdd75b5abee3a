package rongcloud.emulator.chatroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;
import rongcloud.emulator.chatroom.ChatroomState.Service;

/** The emulator's chatroom endpoints over signed HTTP: wire shapes, codes, limits and clock-driven state. */
class ChatroomEndpointsTest extends EmulatorTest {
  private ChatroomState rooms() {
    return emulator.state(ChatroomState.class);
  }

  @Test
  void anInactiveChatroomIsDestroyedAfterItsPeriodUnlessKeptAlive() {
    api.form("/chatroom/create_new.json", "chatroomId", "r1", "destroyTime", "60").statusCode(200).body("code", equalTo(200));
    api.form("/chatroom/create_new.json", "chatroomId", "r2").statusCode(200);
    api.form("/chatroom/keepalive/add.json", "chatroomId", "r2").body("code", equalTo(200));
    emulator.clock().advance(Duration.ofMinutes(61));
    api.form("/chatroom/get.json", "chatroomId", "r1").body("code", equalTo(23410));
    api.form("/chatroom/get.json", "chatroomId", "r2").body("code", equalTo(200)).body("chatroomId", equalTo("r2"))
        .body("destroyType", equalTo(0)).body("destroyTime", equalTo(60)).body("ban", equalTo(false));
    api.form("/chatroom/keepalive/query.json").body("chatroomIds", contains("r2"));
  }

  @Test
  void keepAliveAllowsFiveChatroomsAndRemovingAnUnknownOneIs1015() {
    for (int i = 0; i < 6; i++) {
      api.form("/chatroom/create_new.json", "chatroomId", "k" + i).statusCode(200);
    }
    for (int i = 0; i < 5; i++) {
      api.form("/chatroom/keepalive/add.json", "chatroomId", "k" + i).body("code", equalTo(200));
    }
    api.form("/chatroom/keepalive/add.json", "chatroomId", "k5").statusCode(403).body("code", equalTo(1016));
    api.form("/chatroom/keepalive/remove.json", "chatroomId", "k5").statusCode(200).body("code", equalTo(1015));
  }

  @Test
  void aBanRemovesTheMemberAndBlocksRejoiningUntilItEnds() {
    api.form("/chatroom/create_new.json", "chatroomId", "r1").statusCode(200);
    rooms().join("r1", "a");
    api.form("/chatroom/user/block/add.json", "chatroomId", "r1", "userId", "a", "minute", "5").body("code", equalTo(200));
    assertThat(rooms().isMember("r1", "a")).isFalse();
    api.form("/chatroom/user/exist.json", "chatroomId", "r1", "userId", "a").body("isInChrm", equalTo(false));
    api.form("/chatroom/user/block/list.json", "chatroomId", "r1").body("users.userId", contains("a"));
    emulator.clock().advance(Duration.ofMinutes(5).plusSeconds(1));
    api.form("/chatroom/user/block/list.json", "chatroomId", "r1").body("users", empty());
    rooms().join("r1", "a");
    assertThat(rooms().isMember("r1", "a")).isTrue();
  }

  @Test
  void muteParametersAreValidatedLikeRongCloud() {
    api.form("/chatroom/create_new.json", "chatroomId", "r1").statusCode(200);
    api.form("/chatroom/user/gag/add.json", "chatroomId", "r1", "userId", "a", "minute", "43201").statusCode(400)
        .body("code", equalTo(1002));
    api.form("/chatroom/user/gag/add.json", "chatroomId", "nope", "userId", "a", "minute", "5").body("code", equalTo(23410));
    api.form("/chatroom/ban/add.json", "chatroomId", "r1", "needNotify", "maybe").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void attributesAreCountedPerChatroomAndOffWithoutTheKvService() {
    api.form("/chatroom/create_new.json", "chatroomId", "r1").statusCode(200);
    api.form("/chatroom/entry/batch/set.json", "chatroomId", "r1", "entryOwnerId", "o",
        "entryInfo", "{\"k1\":\"v1\",\"k2\":\"v2\"}").body("code", equalTo(200));
    api.form("/chatroom/entry/query.json", "chatroomId", "r1", "keys", "k2").body("keys.key", contains("k2"))
        .body("keys[0].userId", equalTo("o")).body("keys[0].autoDelete", equalTo("0"));
    api.form("/chatroom/entry/remove.json", "chatroomId", "r1", "userId", "o", "key", "missing").body("code", equalTo(1015));
    rooms().setServiceEnabled(Service.KV, false);
    api.form("/chatroom/entry/set.json", "chatroomId", "r1", "userId", "o", "key", "k3", "value", "v").statusCode(430)
        .body("code", equalTo(1009));
  }

  @Test
  void chatroomSendsAnswerOneUidPerChatroomAndDeduplicateMsgRandom() {
    api.form("/chatroom/create_new.json", "chatroomId", "r1").statusCode(200);
    String first = api.form("/message/chatroom/publish.json", "fromUserId", "a", "toChatroomId", "r1",
        "objectName", "RC:TxtMsg", "content", "{\"content\":\"hi\"}", "msgRandom", "7")
        .body("messageUIDs[0].chatroomId", equalTo("r1")).extract().path("messageUIDs[0].messageUID");
    String again = api.form("/message/chatroom/publish.json", "fromUserId", "a", "toChatroomId", "r1",
        "objectName", "RC:TxtMsg", "content", "{\"content\":\"hi\"}", "msgRandom", "7")
        .extract().path("messageUIDs[0].messageUID");
    assertThat(again).isEqualTo(first);
  }

  @Test
  void singleAndBatchAttributeSetsShareOneBudgetOfAttributes() {
    api.form("/chatroom/create_new.json", "chatroomId", "r1").statusCode(200);
    for (int batch = 0; batch < 5; batch++) {
      StringBuilder info = new StringBuilder("{");
      for (int i = 0; i < 20; i++) {
        info.append(i == 0 ? "" : ",").append("\"k").append(batch).append('_').append(i).append("\":\"v\"");
      }
      api.form("/chatroom/entry/batch/set.json", "chatroomId", "r1", "entryOwnerId", "o",
          "entryInfo", info.append('}').toString()).body("code", equalTo(200));
    }
    api.form("/chatroom/entry/set.json", "chatroomId", "r1", "userId", "o", "key", "more", "value", "v")
        .statusCode(429).body("code", equalTo(1008));
    api.form("/chatroom/entry/remove.json", "chatroomId", "r1", "userId", "o", "key", "k0_0").body("code", equalTo(200));
  }
}
