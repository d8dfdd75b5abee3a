package rongcloud.gateway.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.proto.v1.CreateGroupRequest;
import rongcloud.gateway.proto.v1.CreateGroupResponse;
import rongcloud.gateway.proto.v1.DismissGroupRequest;
import rongcloud.gateway.proto.v1.DismissGroupResponse;
import rongcloud.gateway.proto.v1.JoinGroupRequest;
import rongcloud.gateway.proto.v1.JoinGroupResponse;
import rongcloud.gateway.proto.v1.ListGroupMembersRequest;
import rongcloud.gateway.proto.v1.ListUserGroupsRequest;
import rongcloud.gateway.proto.v1.ListUserGroupsResponse;
import rongcloud.gateway.proto.v1.QuitGroupRequest;
import rongcloud.gateway.proto.v1.QuitGroupResponse;
import rongcloud.gateway.proto.v1.SyncUserGroupsRequest;
import rongcloud.gateway.proto.v1.SyncUserGroupsResponse;
import rongcloud.gateway.proto.v1.UpdateGroupNameRequest;
import rongcloud.gateway.proto.v1.UpdateGroupNameResponse;
import rongcloud.gateway.proto.v1.UserGroup;

/**
 * Every GroupService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and the
 * emulator's group state; plus bad input (no upstream call) and the missing-group / not-a-member codes.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class GroupEndToEndTest extends GroupEndToEndSupport {

    private static List<String> members(String groupId) {
        return groups().listGroupMembers(ListGroupMembersRequest.newBuilder().setGroupId(groupId).build())
                .getUserIdsList();
    }

    private static UserGroup group(String id, String name) {
        return UserGroup.newBuilder().setGroupId(id).setGroupName(name).build();
    }

    // ---- CreateGroup ----

    @Test
    void createGroupStoresMembersAndNameSendingRepeatedUserIds() {
        String g = gid();
        String a = uid();
        String b = uid();
        CreateGroupResponse r = groups().createGroup(CreateGroupRequest.newBuilder().setGroupId(g)
                .setGroupName("读书会").addUserIds(a).addUserIds(b).build());
        assertThat(r).isEqualTo(CreateGroupResponse.getDefaultInstance());
        assertThat(state().exists(g)).isTrue();
        assertThat(state().name(g)).contains("读书会");
        assertThat(state().memberIds(g)).containsExactly(a, b);
        assertThat(emulator().requests().last("/group/create.json").params("userId")).containsExactly(a, b);
        JsonPath admin = given().baseUri(emulator().baseUri().toString()).get("/_emulator/groups/{id}", g)
                .then().statusCode(200).extract().jsonPath();
        assertThat(admin.getList("members", String.class)).containsExactly(a, b);
    }

    @Test
    void createGroupRejectsBadInputBeforeAnyUpstreamCall() {
        assertInvalidWithoutUpstreamCall(() -> groups().createGroup(CreateGroupRequest.newBuilder()
                .setGroupId("bad-id").setGroupName("x".repeat(65)).build()), "group_id", "group_name", "user_ids");
        assertInvalidWithoutUpstreamCall(() -> groups().createGroup(CreateGroupRequest.newBuilder()
                .setGroupId("g".repeat(65)).setGroupName("n").addUserIds("a").addUserIds("a").build()),
                "group_id", "user_ids[1]");
    }

    // ---- DismissGroup ----

    @Test
    void dismissGroupRemovesTheGroupAndAMissingGroupIsNotFound() {
        String g = gid();
        createGroup(g, uid(), uid());
        DismissGroupResponse r = groups().dismissGroup(DismissGroupRequest.newBuilder().setGroupId(g)
                .setOperatorUserId(uid()).build());
        assertThat(r).isEqualTo(DismissGroupResponse.getDefaultInstance());
        assertThat(state().exists(g)).isFalse();
        assertUpstreamError(() -> members(g), Status.Code.NOT_FOUND, 1015, "/group/user/query.json");
        assertUpstreamError(() -> groups().dismissGroup(DismissGroupRequest.newBuilder().setGroupId(g)
                .setOperatorUserId("op").build()), Status.Code.NOT_FOUND, 1015, "/group/dismiss.json");
    }

    @Test
    void dismissGroupRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> groups().dismissGroup(DismissGroupRequest.newBuilder()
                .setGroupId(gid()).build()), "operator_user_id");
    }

    // ---- JoinGroup ----

    @Test
    void joinGroupAddsUsersRenamesAndIsVisibleToTheNextQuery() {
        String g = gid();
        String a = uid();
        String b = uid();
        String c = uid();
        createGroup(g, a);
        JoinGroupResponse r = groups().joinGroup(JoinGroupRequest.newBuilder().setGroupId(g)
                .addUserIds(b).addUserIds(c).setGroupName("Renamed").build());
        assertThat(r).isEqualTo(JoinGroupResponse.getDefaultInstance());
        assertThat(state().memberIds(g)).containsExactly(a, b, c);
        assertThat(state().name(g)).contains("Renamed");
        assertThat(members(g)).containsExactly(a, b, c);
    }

    @Test
    void joinGroupCreatesAMissingGroupAndKeepsTheNameWhenUnset() {
        String g = gid();
        String a = uid();
        groups().joinGroup(JoinGroupRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        assertThat(state().memberIds(g)).containsExactly(a);
        assertThat(emulator().requests().last("/group/join.json").params()).doesNotContainKey("groupName");
    }

    @Test
    void joinGroupRejectsBadInput() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("user" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> groups().joinGroup(JoinGroupRequest.newBuilder().setGroupId(gid())
                .addAllUserIds(many).setGroupName("").build()), "user_ids", "group_name");
    }

    // ---- QuitGroup ----

    @Test
    void quitGroupRemovesMembersAndANonMemberIsAFailedPrecondition() {
        String g = gid();
        String a = uid();
        String b = uid();
        String c = uid();
        createGroup(g, a, b, c);
        QuitGroupResponse r = groups().quitGroup(QuitGroupRequest.newBuilder().setGroupId(g).addUserIds(b).build());
        assertThat(r).isEqualTo(QuitGroupResponse.getDefaultInstance());
        assertThat(state().memberIds(g)).containsExactly(a, c);
        assertThat(members(g)).containsExactly(a, c);

        assertUpstreamError(() -> groups().quitGroup(QuitGroupRequest.newBuilder().setGroupId(g)
                .addUserIds(a).addUserIds(b).build()), Status.Code.FAILED_PRECONDITION, 22406, "/group/quit.json");
        assertThat(state().memberIds(g)).as("all or nothing").containsExactly(a, c);
        assertUpstreamError(() -> groups().quitGroup(QuitGroupRequest.newBuilder().setGroupId(gid())
                .addUserIds(a).build()), Status.Code.NOT_FOUND, 1015, "/group/quit.json");
    }

    @Test
    void quitGroupRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> groups().quitGroup(QuitGroupRequest.newBuilder()
                .addUserIds("bad id").build()), "group_id", "user_ids[0]");
    }

    // ---- ListGroupMembers ----

    @Test
    void listGroupMembersReflectsEveryMembershipChange() {
        String g = gid();
        String a = uid();
        String b = uid();
        createGroup(g, a);
        assertThat(members(g)).containsExactly(a);
        groups().joinGroup(JoinGroupRequest.newBuilder().setGroupId(g).addUserIds(b).build());
        assertThat(members(g)).containsExactly(a, b);
        groups().quitGroup(QuitGroupRequest.newBuilder().setGroupId(g).addUserIds(a).build());
        assertThat(members(g)).containsExactly(b);
    }

    @Test
    void listGroupMembersRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> groups().listGroupMembers(ListGroupMembersRequest.getDefaultInstance()),
                "group_id");
    }

    // ---- SyncUserGroups ----

    @Test
    void syncUserGroupsReplacesTheUsersMembershipsAndNames() {
        String u = uid();
        String other = uid();
        String g1 = gid();
        String g2 = gid();
        String g3 = gid();
        createGroup(g1, u, other);
        createGroup(g2, u);
        SyncUserGroupsResponse r = groups().syncUserGroups(SyncUserGroupsRequest.newBuilder().setUserId(u)
                .addGroups(group(g2, "Two")).addGroups(group(g3, "Three")).build());
        assertThat(r).isEqualTo(SyncUserGroupsResponse.getDefaultInstance());
        assertThat(state().memberIds(g1)).containsExactly(other);
        assertThat(state().memberIds(g2)).containsExactly(u);
        assertThat(state().name(g2)).contains("Two");
        assertThat(state().memberIds(g3)).containsExactly(u);
        assertThat(emulator().requests().last("/group/sync.json").params())
                .containsEntry("group[" + g3 + "]", List.of("Three"));
        assertThat(groups().listUserGroups(ListUserGroupsRequest.newBuilder().setUserId(u).build()).getGroupsList())
                .containsExactly(group(g2, "Two"), group(g3, "Three"));

        groups().syncUserGroups(SyncUserGroupsRequest.newBuilder().setUserId(u).build());
        assertThat(state().isMember(g2, u)).isFalse();
        assertThat(state().isMember(g3, u)).isFalse();
    }

    @Test
    void syncUserGroupsRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> groups().syncUserGroups(SyncUserGroupsRequest.newBuilder()
                .setUserId(uid()).addGroups(group("g1", "One")).addGroups(group("g1", "Again"))
                .addGroups(group("g_2", "")).build()),
                "groups[1].group_id", "groups[2].group_id", "groups[2].group_name");
    }

    // ---- ListUserGroups ----

    @Test
    void listUserGroupsPagesThroughTheUsersGroups() {
        String u = uid();
        List<String> ids = List.of(gid(), gid(), gid());
        ids.forEach(g -> createGroup(g, u));
        ListUserGroupsResponse first = groups().listUserGroups(ListUserGroupsRequest.newBuilder().setUserId(u)
                .setPageSize(2).build());
        assertThat(first.getGroupsList()).extracting(UserGroup::getGroupId).containsExactly(ids.get(0), ids.get(1));
        assertThat(first.getGroups(0).getGroupName()).isEqualTo("Name " + ids.get(0));
        assertThat(first.getNextPageToken()).isNotEmpty();
        Map<String, java.util.List<String>> sent = emulator().requests().last("/user/group/query.json").params();
        assertThat(sent).containsEntry("page", List.of("1")).containsEntry("size", List.of("2"));
        ListUserGroupsResponse second = groups().listUserGroups(ListUserGroupsRequest.newBuilder().setUserId(u)
                .setPageSize(2).setPageToken(first.getNextPageToken()).build());
        assertThat(second.getGroupsList()).extracting(UserGroup::getGroupId).containsExactly(ids.get(2));
        assertThat(second.getNextPageToken()).isEmpty();
    }

    @Test
    void listUserGroupsRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> groups().listUserGroups(ListUserGroupsRequest.newBuilder()
                .setPageSize(-1).setPageToken("not-a-token").build()), "user_id", "page_size", "page_token");
    }

    // ---- UpdateGroupName ----

    @Test
    void updateGroupNameRenamesAndAMissingGroupIsNotFound() {
        String g = gid();
        createGroup(g, uid());
        UpdateGroupNameResponse r = groups().updateGroupName(UpdateGroupNameRequest.newBuilder().setGroupId(g)
                .setGroupName("New name").build());
        assertThat(r).isEqualTo(UpdateGroupNameResponse.getDefaultInstance());
        assertThat(state().name(g)).contains("New name");
        assertUpstreamError(() -> groups().updateGroupName(UpdateGroupNameRequest.newBuilder().setGroupId(gid())
                .setGroupName("x").build()), Status.Code.NOT_FOUND, 1015, "/group/refresh.json");
    }

    @Test
    void updateGroupNameRejectsBadInput() {
        assertInvalidWithoutUpstreamCall(() -> groups().updateGroupName(UpdateGroupNameRequest.newBuilder()
                .setGroupId(gid()).setGroupName("   ").build()), "group_name");
    }
}
