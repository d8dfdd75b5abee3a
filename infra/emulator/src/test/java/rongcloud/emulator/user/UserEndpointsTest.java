package rongcloud.emulator.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.Api;
import rongcloud.emulator.EmulatorOptions;
import rongcloud.emulator.EmulatorTest;
import rongcloud.emulator.RongCloudEmulator;

class UserEndpointsTest extends EmulatorTest {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private UserState users() {
    return emulator.state(UserState.class);
  }

  private String shanghai(Instant instant) {
    return TIME.format(instant.atZone(ZoneId.of("Asia/Shanghai")));
  }

  private static String ids(String prefix, int count) {
    return IntStream.range(0, count).mapToObj(i -> prefix + i).collect(Collectors.joining(","));
  }

  private static String[] repeated(String name, int count, String... extra) {
    String[] pairs = new String[count * 2 + extra.length];
    for (int i = 0; i < count; i++) {
      pairs[2 * i] = name;
      pairs[2 * i + 1] = "u" + i;
    }
    System.arraycopy(extra, 0, pairs, count * 2, extra.length);
    return pairs;
  }

  // --- registration and profile ---

  @Test
  void registerThenInfoShowsTheProfileInDataCenterTime() {
    api.form("/user/getToken.json", "userId", "u1", "name", "张三", "portraitUri", "https://x/a.png")
        .statusCode(200).body("userId", equalTo("u1"));
    Instant created = users().find("u1").orElseThrow().createTime();
    api.form("/user/info.json", "userId", "u1").statusCode(200)
        .body("code", equalTo(200))
        .body("userName", equalTo("张三"))
        .body("userPortrait", equalTo("https://x/a.png"))
        .body("createTime", equalTo(shanghai(created)))
        .body("createTime", matchesPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
  }

  @Test
  void registeringAgainOverwritesTheNameKeepsCreateTimeAndIssuesAnotherValidToken() {
    String first = api.register("u1", "Alice");
    Instant created = users().find("u1").orElseThrow().createTime();
    emulator.clock().advance(Duration.ofMinutes(5));
    String second = api.register("u1", "Alicia");
    assertThat(second).isNotEqualTo(first);
    assertThat(second.getBytes()).hasSizeLessThanOrEqualTo(256);
    UserSnapshot user = users().find("u1").orElseThrow();
    assertThat(user.name()).isEqualTo("Alicia");
    assertThat(user.createTime()).isEqualTo(created);
    assertThat(user.validTokens()).containsExactly(first, second);
  }

  @Test
  void aMissingParameterIs1002NamingIt() {
    api.form("/user/getToken.json", "userId", "u1").statusCode(400)
        .body("code", equalTo(1002)).body("errorMessage", containsString("name"));
    api.form("/user/getToken.json", "name", "A").statusCode(400)
        .body("code", equalTo(1002)).body("errorMessage", containsString("userId"));
    api.form("/user/getToken.json", "userId", "", "name", "A").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void overLengthValuesAre1005() {
    api.form("/user/getToken.json", "userId", "u1", "name", "名".repeat(64)).statusCode(200);
    api.form("/user/getToken.json", "userId", "u1", "name", "名".repeat(65)).statusCode(400)
        .body("code", equalTo(1005)).body("errorMessage", containsString("name"));
    api.form("/user/getToken.json", "userId", "u".repeat(65), "name", "A").statusCode(400).body("code", equalTo(1005));
    api.form("/user/getToken.json", "userId", "u1", "name", "A", "portraitUri", "p".repeat(1025))
        .statusCode(400).body("code", equalTo(1005));
  }

  @Test
  void userIdsWithForbiddenCharactersAreRejected() {
    api.form("/user/getToken.json", "userId", "a b", "name", "A").statusCode(400).body("code", equalTo(1002));
    api.form("/user/getToken.json", "userId", "a_b-c=d+e", "name", "A").statusCode(200);
  }

  @Test
  void infoOfAnUnknownUserIs1002() {
    api.form("/user/info.json", "userId", "ghost").statusCode(400).body("code", equalTo(1002))
        .body("errorMessage", containsString("ghost"));
  }

  @Test
  void refreshUpdatesOnlyTheFieldsSent() {
    api.form("/user/getToken.json", "userId", "u1", "name", "Alice", "portraitUri", "https://x/a.png");
    api.form("/user/refresh.json", "userId", "u1", "name", "Bob").statusCode(200).body("code", equalTo(200));
    api.form("/user/info.json", "userId", "u1").body("userName", equalTo("Bob"))
        .body("userPortrait", equalTo("https://x/a.png"));
    api.form("/user/refresh.json", "userId", "u1", "portraitUri", "https://x/b.png").statusCode(200);
    api.form("/user/info.json", "userId", "u1").body("userName", equalTo("Bob"))
        .body("userPortrait", equalTo("https://x/b.png"));
    api.form("/user/refresh.json", "userId", "ghost", "name", "X").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void theDevelopmentUserCapAnswers2007() {
    try (RongCloudEmulator own = RongCloudEmulator.start(EmulatorOptions.defaults().withDevUserCap(2))) {
      Api ownApi = new Api(own);
      ownApi.register("a", "A");
      ownApi.register("b", "B");
      ownApi.register("a", "A again");
      ownApi.form("/user/getToken.json", "userId", "c", "name", "C").statusCode(403).body("code", equalTo(2007));
    }
  }

  // --- tokens ---

  @Test
  void expiringTokensInvalidatesThoseIssuedBeforeTheTime() {
    String old = api.register("u1", "A");
    api.register("u2", "B");
    emulator.clock().advance(Duration.ofSeconds(10));
    long cut = emulator.clock().now().toEpochMilli();
    emulator.clock().advance(Duration.ofSeconds(10));
    String fresh = api.register("u1", "A");
    api.form("/user/token/expire.json", "userId", "u1", "userId", "u2", "time", String.valueOf(cut))
        .statusCode(200).body("code", equalTo(200));
    assertThat(users().isTokenValid(old)).isFalse();
    assertThat(users().isTokenValid(fresh)).isTrue();
    assertThat(users().find("u2").orElseThrow().validTokens()).isEmpty();
    api.unsigned().get("/_emulator/users/u1").then().statusCode(200)
        .body("tokens.valid", contains(false, true));
  }

  @Test
  void expireValidatesItsParameters() {
    api.form("/user/token/expire.json", "userId", "u1", "time", "soon").statusCode(400).body("code", equalTo(1002));
    api.form("/user/token/expire.json", "userId", "u1").statusCode(400).body("errorMessage", containsString("time"));
    api.form("/user/token/expire.json", repeated("userId", 21, "time", "1")).statusCode(400).body("code", equalTo(1002));
    api.form("/user/token/expire.json", repeated("userId", 20, "time", "1")).statusCode(200);
  }

  // --- deactivation ---

  @Test
  void deactivateQueryAndReactivateRespectTheOneHourRule() {
    api.register("a", "A");
    api.register("b", "B");
    api.form("/user/deactivate.json", "userId", "b,a").statusCode(200)
        .body("operateId", matchesPattern("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}"));
    api.form("/user/deactivate/query.json").statusCode(200).body("users", contains("b", "a"));
    api.form("/user/info.json", "userId", "a").statusCode(400);
    api.form("/user/getToken.json", "userId", "a", "name", "A").statusCode(400).body("code", equalTo(1002));

    emulator.clock().advance(Duration.ofMinutes(59));
    api.form("/user/reactivate.json", "userId", "a,b").statusCode(400).body("code", equalTo(1002))
        .body("errorMessage", containsString("one hour"));
    api.form("/user/deactivate/query.json").body("users", contains("b", "a"));

    emulator.clock().advance(Duration.ofMinutes(1));
    api.form("/user/reactivate.json", "userId", "a").statusCode(200).body("operateId", matchesPattern(".{19}"));
    api.form("/user/deactivate/query.json").body("users", contains("b"));
    api.form("/user/getToken.json", "userId", "a", "name", "A2").statusCode(200);
    api.form("/user/reactivate.json", "userId", "a").statusCode(200);
  }

  @Test
  void deactivationWipesTheUsersData() {
    api.register("a", "A");
    api.json("/user/tag/set.json", "{\"userId\":\"a\",\"tags\":[\"x\"]}").statusCode(200);
    api.form("/user/chat/fb/set.json", "userId", "a", "state", "1", "type", "PERSON").statusCode(200);
    api.form("/user/deactivate.json", "userId", "a").statusCode(200);
    UserSnapshot user = users().find("a").orElseThrow();
    assertThat(user.deactivated()).isTrue();
    assertThat(user.registered()).isFalse();
    assertThat(user.tags()).isEmpty();
    assertThat(user.privateChatMuted()).isFalse();
  }

  @Test
  void deactivatedUsersArePaged() {
    api.form("/user/deactivate.json", "userId", ids("a", 60)).statusCode(200);
    api.form("/user/deactivate/query.json").body("users", hasSize(50));
    api.form("/user/deactivate/query.json", "pageNo", "2").body("users", hasSize(10))
        .body("users[0]", equalTo("a50"));
    api.form("/user/deactivate/query.json", "pageNo", "2", "pageSize", "5").body("users", contains(
        "a5", "a6", "a7", "a8", "a9"));
    api.form("/user/deactivate/query.json", "pageSize", "51").statusCode(400).body("code", equalTo(1002));
    api.form("/user/deactivate/query.json", "pageNo", "0").statusCode(400).body("code", equalTo(1002));
    api.form("/user/deactivate/query.json", "pageNo", "9").statusCode(200).body("users", empty());
  }

  @Test
  void deactivateAcceptsAtMost100CommaSeparatedIds() {
    api.form("/user/deactivate.json", "userId", ids("a", 101)).statusCode(400).body("code", equalTo(1002));
    emulator.clock().advance(Duration.ofSeconds(1)); // the refused call still spent the 100 users/second budget
    api.form("/user/deactivate.json", "userId", ids("a", 100)).statusCode(200);
    api.form("/user/deactivate.json").statusCode(400).body("errorMessage", containsString("userId"));
  }

  // --- bans ---

  @Test
  void blockShowsInQueryUntilTheClockPassesItsEnd() {
    api.register("a", "A");
    api.unsigned().post("/_emulator/users/a/online?online=true").then().statusCode(200);
    api.form("/user/block.json", "userId", "a", "userId", "b", "minute", "10").statusCode(200);
    Instant end = emulator.clock().now().plus(Duration.ofMinutes(10));
    assertThat(users().isOnline("a")).isFalse();
    api.form("/user/block/query.json").statusCode(200)
        .body("users.userId", contains("a", "b"))
        .body("users[0].blockEndTime", equalTo(shanghai(end)));
    emulator.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
    api.form("/user/block/query.json").statusCode(200).body("users", empty());
    assertThat(users().isBlocked("a")).isFalse();
  }

  @Test
  void blockQueryIsSortedByEndTimeDescendingAndPaged() {
    api.form("/user/block.json", "userId", "short", "minute", "1");
    api.form("/user/block.json", "userId", "long", "minute", "100");
    api.form("/user/block.json", "userId", "mid", "minute", "50");
    api.form("/user/block/query.json").body("users.userId", contains("long", "mid", "short"));
    api.form("/user/block/query.json", "page", "0").body("users.userId", contains("long", "mid", "short"));
    api.form("/user/block/query.json", "page", "2", "size", "2").body("users.userId", contains("short"));
    api.form("/user/block/query.json", "page", "1", "size", "2").body("users.userId", contains("long", "mid"));
    api.form("/user/block/query.json", "page", "-1").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void blockValidatesMinutesAndIdCount() {
    api.form("/user/block.json", "userId", "a", "minute", "0").statusCode(400).body("code", equalTo(1002));
    api.form("/user/block.json", "userId", "a", "minute", "43201").statusCode(400).body("code", equalTo(1002));
    api.form("/user/block.json", "userId", "a", "minute", "ten").statusCode(400).body("code", equalTo(1002));
    api.form("/user/block.json", "userId", "a", "minute", "43200").statusCode(200);
    api.form("/user/block.json", repeated("userId", 21, "minute", "5")).statusCode(400).body("code", equalTo(1002));
    api.form("/user/block.json", "userId", "u".repeat(65), "minute", "5").statusCode(400).body("code", equalTo(1005));
  }

  @Test
  void unblockLiftsTheBan() {
    api.form("/user/block.json", "userId", "a", "userId", "b", "minute", "10");
    api.form("/user/unblock.json", "userId", "a").statusCode(200).body("code", equalTo(200));
    api.form("/user/block/query.json").body("users.userId", contains("b"));
    api.form("/user/unblock.json").statusCode(400).body("code", equalTo(1002));
  }

  // --- online status ---

  @Test
  void checkOnlineAnswersAStringStatus() {
    api.register("a", "A");
    api.form("/user/checkOnline.json", "userId", "a").statusCode(200).body("status", equalTo("0"));
    users().setOnline("a", true);
    api.form("/user/checkOnline.json", "userId", "a").body("status", equalTo("1"));
    api.form("/user/checkOnline.json", "userId", "ghost").body("status", equalTo("0"));
    api.form("/user/checkOnline.json").statusCode(400).body("code", equalTo(1002));
  }

  // --- one-to-one mutes ---

  @Test
  void mutesArePagedInMuteOrder() {
    api.form("/user/chat/fb/set.json", repeated("userId", 5, "state", "1", "type", "PERSON")).statusCode(200);
    api.form("/user/chat/fb/querylist.json", "type", "PERSON").statusCode(200)
        .body("total", equalTo(5)).body("users", contains("u0", "u1", "u2", "u3", "u4"));
    api.form("/user/chat/fb/querylist.json", "num", "2", "offset", "1", "type", "PERSON")
        .body("total", equalTo(5)).body("users", contains("u1", "u2"));
    api.form("/user/chat/fb/set.json", "userId", "u1", "state", "0", "type", "PERSON").statusCode(200);
    api.form("/user/chat/fb/querylist.json", "type", "PERSON").body("total", equalTo(4))
        .body("users", contains("u0", "u2", "u3", "u4"));
    assertThat(users().find("u0").orElseThrow().privateChatMuted()).isTrue();
  }

  @Test
  void muteParametersAreValidated() {
    api.form("/user/chat/fb/set.json", "userId", "a", "state", "1", "type", "GROUP").statusCode(400)
        .body("code", equalTo(1002)).body("errorMessage", containsString("PERSON"));
    api.form("/user/chat/fb/set.json", "userId", "a", "state", "2", "type", "PERSON").statusCode(400);
    api.form("/user/chat/fb/set.json", "userId", "a", "state", "1").statusCode(400)
        .body("errorMessage", containsString("type"));
    api.form("/user/chat/fb/set.json", repeated("userId", 1001, "state", "1", "type", "PERSON")).statusCode(400);
    api.form("/user/chat/fb/set.json", repeated("userId", 1000, "state", "1", "type", "PERSON")).statusCode(200);
    api.form("/user/chat/fb/querylist.json", "num", "201", "type", "PERSON").statusCode(400);
    api.form("/user/chat/fb/querylist.json", "num", "200", "type", "PERSON").statusCode(200).body("users", hasSize(200));
    api.form("/user/chat/fb/querylist.json").statusCode(400).body("errorMessage", containsString("type"));
  }

  // --- tags ---

  @Test
  void tagsAreSetBatchSetAndRead() {
    api.json("/user/tag/set.json", "{\"userId\":\"a\",\"tags\":[\"bj\",\"male\"]}").statusCode(200)
        .body("code", equalTo(200));
    api.json("/user/tag/batch/set.json", "{\"userIds\":[\"b\",\"c\"],\"tags\":[\"vip\"]}").statusCode(200);
    api.form("/user/tags/get.json", "userIds", "a", "userIds", "b", "userIds", "d").statusCode(200)
        .body("result.a", contains("bj", "male"))
        .body("result.b", contains("vip"))
        .body("result.d", empty());
    api.json("/user/tag/set.json", "{\"userId\":\"a\",\"tags\":[]}").statusCode(200);
    api.form("/user/tags/get.json", "userIds", "a").body("result.a", empty());
    assertThat(users().find("c").orElseThrow().tags()).containsExactly("vip");
  }

  @Test
  void tagLimitsAreEnforced() {
    String twentyOne = IntStream.range(0, 21).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","));
    api.json("/user/tag/set.json", "{\"userId\":\"a\",\"tags\":[" + twentyOne + "]}").statusCode(400)
        .body("code", equalTo(1002));
    api.json("/user/tag/set.json", "{\"userId\":\"a\",\"tags\":[\"" + "x".repeat(41) + "\"]}").statusCode(400)
        .body("code", equalTo(1005));
    api.json("/user/tag/set.json", "{\"userId\":\"a\"}").statusCode(400).body("errorMessage", containsString("tags"));
    api.json("/user/tag/set.json", "{\"userId\":\"a\",\"tags\":\"x\"}").statusCode(400).body("code", equalTo(1002));
    api.json("/user/tag/set.json", "{\"tags\":[\"x\"]}").statusCode(400).body("errorMessage", containsString("userId"));
    String ids = IntStream.range(0, 1001).mapToObj(i -> "\"u" + i + "\"").collect(Collectors.joining(","));
    api.json("/user/tag/batch/set.json", "{\"userIds\":[" + ids + "],\"tags\":[\"x\"]}").statusCode(400)
        .body("code", equalTo(1002));
    api.json("/user/tag/batch/set.json", "{\"userIds\":[],\"tags\":[\"x\"]}").statusCode(400);
    api.form("/user/tags/get.json", repeated("userIds", 51)).statusCode(400).body("code", equalTo(1002));
    api.form("/user/tags/get.json", repeated("userIds", 50)).statusCode(200);
  }

  @Test
  void otherAreasSeeRegisteredUsersThroughTheRegistry() {
    api.register("a", "A");
    UserState registry = emulator.state(UserState.class);
    assertThat(registry.isRegistered("a")).isTrue();
    assertThat(registry.isRegistered("b")).isFalse();
    assertThat(registry.registeredCount()).isEqualTo(1);
    assertThat(registry.find("a").orElseThrow().name()).isEqualTo("A");
  }
}
