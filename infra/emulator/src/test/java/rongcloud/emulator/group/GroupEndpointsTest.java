package rongcloud.emulator.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;

/** The emulator's group and group-mute endpoints over signed HTTP: wire shapes, codes and time-based state. */
class GroupEndpointsTest extends EmulatorTest {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private GroupState groups() {
    return emulator.state(GroupState.class);
  }

  private static String[] users(String name, int count, String... extra) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      pairs.add(name);
      pairs.add("u" + i);
    }
    pairs.addAll(List.of(extra));
    return pairs.toArray(String[]::new);
  }

  @Test
  void createJoinQuitAndQueryMembers() {
    api.form("/group/create.json", "userId", "a", "userId", "b", "groupId", "g1", "groupName", "G")
        .statusCode(200).body("code", equalTo(200));
    api.form("/group/join.json", "userId", "c", "groupId", "g1").statusCode(200);
    api.form("/group/quit.json", "userId", "a", "groupId", "g1").statusCode(200);
    api.form("/group/user/query.json", "groupId", "g1").statusCode(200)
        .body("users.id", contains("b", "c"));
    assertThat(groups().name("g1")).contains("G");
  }

  @Test
  void theMuteApisTakeAHostedGroupsIdAndCheckItsMembers() {
    api.form("/entrust/group/create.json", "groupId", "h1", "name", "Hosted", "owner", "o", "userIds", "a")
        .statusCode(200).body("code", equalTo(200));
    api.form("/group/user/gag/add.json", "userId", "a", "groupId", "h1", "minute", "5").statusCode(200)
        .body("code", equalTo(200));
    api.form("/group/user/gag/list.json", "groupId", "h1").statusCode(200).body("users.userId", contains("a"));
    api.form("/group/user/ban/whitelist/add.json", "userId", "o", "groupId", "h1").statusCode(200);
    api.form("/group/user/ban/whitelist/query.json", "groupId", "h1").statusCode(200).body("userIds", contains("o"));
    api.form("/group/user/gag/add.json", "userId", "x", "groupId", "h1", "minute", "5").body("code", equalTo(22406));
    api.form("/group/user/gag/add.json", "userId", "a", "groupId", "neither", "minute", "5").body("code", equalTo(1015));
  }

  @Test
  void groupIdsWhereGroupsAreCreatedMustBeLettersAndDigits() {
    api.form("/group/create.json", "userId", "a", "groupId", "g-1", "groupName", "G").statusCode(400)
        .body("code", equalTo(1002));
    api.form("/group/create.json", "userId", "a", "groupId", "g".repeat(65), "groupName", "G").statusCode(400)
        .body("code", equalTo(1005));
  }

  @Test
  void aMissingGroupIs1015AndANonMember22406() {
    api.form("/group/dismiss.json", "userId", "op", "groupId", "nope").statusCode(200).body("code", equalTo(1015));
    api.form("/group/user/query.json", "groupId", "nope").body("code", equalTo(1015));
    api.form("/group/create.json", "userId", "a", "groupId", "g1", "groupName", "G").statusCode(200);
    api.form("/group/quit.json", "userId", "x", "groupId", "g1").statusCode(400).body("code", equalTo(22406));
    api.form("/group/user/gag/add.json", "userId", "x", "groupId", "g1", "minute", "5").body("code", equalTo(22406));
  }

  @Test
  void aGroupHoldsAtMost3000Members() {
    api.form("/group/create.json", users("userId", 1000, "groupId", "big", "groupName", "G")).statusCode(200);
    for (int batch = 1; batch < 3; batch++) {
      String[] pairs = users("userId", 1000, "groupId", "big");
      for (int i = 1; i < pairs.length - 2; i += 2) {
        pairs[i] = "b" + batch + "_" + pairs[i];
      }
      api.form("/group/join.json", pairs).statusCode(200);
    }
    api.form("/group/join.json", "userId", "one-too-many", "groupId", "big").statusCode(405).body("code", equalTo(1002));
    assertThat(groups().memberIds("big")).hasSize(3000);
  }

  @Test
  void syncReadsGroupBracketFieldsAndUserGroupsPages() {
    api.form("/group/create.json", "userId", "u", "groupId", "old", "groupName", "Old").statusCode(200);
    api.form("/group/sync.json", "userId", "u", "group[g1]", "One", "group[g2]", "Two").statusCode(200);
    assertThat(groups().isMember("old", "u")).isFalse();
    api.form("/user/group/query.json", "userId", "u").statusCode(200)
        .body("groups.id", contains("g1", "g2")).body("groups.name", contains("One", "Two"));
    api.form("/user/group/query.json", "userId", "u", "page", "2", "size", "1").body("groups.id", contains("g2"));
    api.form("/group/sync.json", "userId", "u").statusCode(200);
    api.form("/user/group/query.json", "userId", "u").body("groups", empty());
  }

  @Test
  void aTimedMuteExpiresWithTheClockAndIsListedInDataCenterTime() {
    api.form("/group/create.json", "userId", "a", "groupId", "g1", "groupName", "G").statusCode(200);
    api.form("/group/user/gag/add.json", "userId", "a", "groupId", "g1", "minute", "30").statusCode(200);
    Instant start = groups().mute("g1", "a").orElseThrow().start();
    api.form("/group/user/gag/list.json", "groupId", "g1").statusCode(200)
        .body("users", hasSize(1))
        .body("users[0].userId", equalTo("a"))
        .body("users[0].startTime", equalTo(TIME.format(start.atZone(ZoneId.of("Asia/Shanghai")))))
        .body("users[0].time", equalTo(TIME.format(start.plus(Duration.ofMinutes(30)).atZone(ZoneId.of("Asia/Shanghai")))));
    emulator.clock().advance(Duration.ofMinutes(29));
    assertThat(groups().mute("g1", "a")).isPresent();
    emulator.clock().advance(Duration.ofMinutes(1));
    assertThat(groups().mute("g1", "a")).isEmpty();
    api.form("/group/user/gag/list.json", "groupId", "g1").body("users", empty());
  }

  @Test
  void aMuteSurvivesLeavingTheGroupAndAllGroupsMutesAreCappedAt100() {
    api.form("/group/create.json", "userId", "a", "groupId", "g1", "groupName", "G").statusCode(200);
    api.form("/group/user/gag/add.json", "userId", "a", "groupId", "g1", "minute", "0").statusCode(200);
    api.form("/group/quit.json", "userId", "a", "groupId", "g1").statusCode(200);
    assertThat(groups().mute("g1", "a")).isPresent();
    for (int i = 0; i < 5; i++) {
      String[] pairs = users("userId", 20, "minute", "5");
      for (int j = 1; j < 40; j += 2) {
        pairs[j] = "x" + i + pairs[j];
      }
      api.form("/group/user/gag/add.json", pairs).statusCode(200);
    }
    api.form("/group/user/gag/add.json", "userId", "extra", "minute", "5").statusCode(400).body("code", equalTo(1002));
    api.form("/group/user/gag/list.json").statusCode(200).body("users", hasSize(100));
  }

  @Test
  void banQueryChecksGivenGroupsOrListsAllWhenPaged() {
    api.form("/group/ban/add.json", "groupId", "g1", "groupId", "g2", "groupId", "g3").statusCode(200);
    api.form("/group/ban/rollback.json", "groupId", "g2").statusCode(200);
    api.form("/group/ban/query.json", "groupId", "g1", "groupId", "g2").statusCode(200)
        .body("groupinfo.groupId", contains("g1", "g2")).body("groupinfo.stat", contains(1, 0));
    api.form("/group/ban/query.json", "groupId", "g2", "page", "1", "size", "1").statusCode(200)
        .body("groupinfo.groupId", contains("g1"));
    api.form("/group/ban/query.json", "page", "2", "size", "1").body("groupinfo.groupId", contains("g3"));
  }

  @Test
  void whitelistSurvivesDismissalAndRequiresMembersToAdd() {
    api.form("/group/create.json", "userId", "a", "groupId", "g1", "groupName", "G").statusCode(200);
    api.form("/group/user/ban/whitelist/add.json", "userId", "a", "groupId", "g1").statusCode(200);
    api.form("/group/dismiss.json", "userId", "op", "groupId", "g1").statusCode(200);
    api.form("/group/user/ban/whitelist/query.json", "groupId", "g1").statusCode(200).body("userIds", contains("a"));
    api.form("/group/user/ban/whitelist/add.json", "userId", "a", "groupId", "g1").body("code", equalTo(1015));
    api.form("/group/user/ban/whitelist/rollback.json", "userId", "a", "groupId", "g1").statusCode(200);
    api.form("/group/user/ban/whitelist/query.json", "groupId", "g1").body("userIds", empty());
  }

  @Test
  void minuteOutOfRangeIs1002() {
    api.form("/group/user/gag/add.json", "userId", "a", "minute", "43201").statusCode(400).body("code", equalTo(1002));
  }
}
