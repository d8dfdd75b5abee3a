package rongcloud.emulator.entrustgroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;

/** Emulator-only fidelity of the hosted-group area: id list forms, JSON documents, codes, cursors. */
class EntrustGroupEndpointsTest extends EmulatorTest {
  private EntrustGroupState groups() {
    return emulator.state(EntrustGroupState.class);
  }

  @Test
  void idListsAreAcceptedRepeatedAndCommaJoined() {
    api.form("/entrust/group/create.json", "groupId", "g1", "name", "n", "owner", "o", "userIds", "a,b",
        "userIds", "c").statusCode(200).body("code", equalTo(200));
    assertThat(groups().find("g1").orElseThrow().memberIds()).containsExactly("o", "a", "b", "c");
  }

  @Test
  void jsonDocumentsAreValidatedAndAnsweredAsStrings() {
    api.form("/entrust/group/create.json", "groupId", "g2", "name", "n", "owner", "o",
        "permissions", "{\"joinPerm\":4}").statusCode(400).body("code", equalTo(1002));
    api.form("/entrust/group/create.json", "groupId", "g2", "name", "n", "owner", "o",
        "groupProfile", "{\"introduction\":\"" + "i".repeat(513) + "\"}").statusCode(400).body("code", equalTo(1005));
    api.form("/entrust/group/create.json", "groupId", "g2", "name", "n", "owner", "o",
        "groupProfile", "{\"announcement\":\"hi\"}", "permissions", "{\"removePerm\":1}").statusCode(200);
    api.form("/entrust/group/profile/query.json", "groupIds", "g2").statusCode(200)
        .body("profiles", hasSize(1))
        .body("profiles[0].groupName", equalTo("n"))
        .body("profiles[0].groupProfile", equalTo("{\"announcement\":\"hi\"}"))
        .body("profiles[0].permissions", equalTo("{\"joinPerm\":0,\"removePerm\":1,\"memInvitePerm\":0,"
            + "\"invitePerm\":0,\"profilePerm\":0,\"memProfilePerm\":0}"));
  }

  @Test
  void groupIdsWithOtherCharactersAndForeignPageTokensAreRefused() {
    api.form("/entrust/group/dismiss.json", "groupId", "g_1").statusCode(400).body("code", equalTo(25430));
    api.form("/entrust/group/query.json", "pageToken", "garbage").statusCode(400).body("code", equalTo(25432));
    api.form("/entrust/group/profile/query.json", "groupId", "g1").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void joinedGroupsFilterUsesTheJavaSdkRoleNumbers() {
    api.form("/entrust/group/create.json", "groupId", "mine", "name", "n", "owner", "u").statusCode(200);
    api.form("/entrust/group/create.json", "groupId", "theirs", "name", "n", "owner", "o", "userIds", "u")
        .statusCode(200);
    api.form("/entrust/joined/group/query.json", "userId", "u", "role", "1").statusCode(200)
        .body("groups.groupId", contains("mine")).body("groups[0].role", equalTo(1));
    api.form("/entrust/joined/group/query.json", "userId", "u", "role", "3").statusCode(200)
        .body("groups.groupId", contains("theirs")).body("totalCount", equalTo(1));
  }
}
