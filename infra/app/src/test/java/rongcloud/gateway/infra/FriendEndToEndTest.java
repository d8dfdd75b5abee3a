package rongcloud.gateway.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.EndToEnd.assertUpstreamError;
import static rongcloud.gateway.infra.EndToEnd.uid;

import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.friend.FriendState;
import rongcloud.gateway.proto.v1.AddFriendMode;
import rongcloud.gateway.proto.v1.AddFriendRequest;
import rongcloud.gateway.proto.v1.CheckFriendsRequest;
import rongcloud.gateway.proto.v1.CleanFriendsRequest;
import rongcloud.gateway.proto.v1.DeleteFriendsRequest;
import rongcloud.gateway.proto.v1.Friend;
import rongcloud.gateway.proto.v1.FriendCheckResult;
import rongcloud.gateway.proto.v1.FriendOrder;
import rongcloud.gateway.proto.v1.FriendPermission;
import rongcloud.gateway.proto.v1.FriendRelation;
import rongcloud.gateway.proto.v1.FriendServiceGrpc;
import rongcloud.gateway.proto.v1.FriendServiceGrpc.FriendServiceBlockingStub;
import rongcloud.gateway.proto.v1.GetFriendPermissionsRequest;
import rongcloud.gateway.proto.v1.ListFriendsRequest;
import rongcloud.gateway.proto.v1.ListFriendsResponse;
import rongcloud.gateway.proto.v1.SetFriendPermissionRequest;
import rongcloud.gateway.proto.v1.SetFriendProfileRequest;
import rongcloud.gateway.proto.v1.SetUserProfileRequest;
import rongcloud.gateway.proto.v1.UserFriendPermission;
import rongcloud.gateway.proto.v1.UserProfile;
import rongcloud.gateway.proto.v1.UserProfileServiceGrpc;

/**
 * Every FriendService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and the
 * emulator's state (a friend add respects the target's permission; pages hold together); plus bad input that
 * never reaches upstream and the permission errors mapped to status + ErrorInfo.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class FriendEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static FriendServiceBlockingStub friends() {
        return client.stub(FriendServiceGrpc.newBlockingStub(client.channel));
    }

    private static FriendState state() {
        return EmulatorResource.emulator().state(FriendState.class);
    }

    private static void permit(FriendPermission permission, String... userIds) {
        friends().setFriendPermission(SetFriendPermissionRequest.newBuilder().addAllUserIds(List.of(userIds))
                .setPermission(permission).build());
    }

    private static void befriend(String a, String b) {
        friends().addFriend(AddFriendRequest.newBuilder().setUserId(a).setTargetId(b)
                .setMode(AddFriendMode.ADD_FRIEND_MODE_DIRECT).build());
    }

    private static FriendRelation relation(String a, String b) {
        return friends().checkFriends(CheckFriendsRequest.newBuilder().setUserId(a).addTargetIds(b).build())
                .getResults(0).getRelation();
    }

    @Test
    void addFriendToSomeoneAnyoneMayAddMakesMutualFriends() {
        String a = uid();
        String b = uid();
        permit(FriendPermission.FRIEND_PERMISSION_ANYONE, b);
        friends().addFriend(AddFriendRequest.newBuilder().setUserId(a).setTargetId(b).setExtra("hi").build());
        assertThat(state().areFriends(a, b)).isTrue();
        assertThat(state().areFriends(b, a)).isTrue();
        assertThat(EmulatorResource.emulator().requests().last("/friend/add.json").params())
                .doesNotContainKey("optType").containsEntry("extra", List.of("hi"));
        assertThat(relation(a, b)).isEqualTo(FriendRelation.FRIEND_RELATION_MUTUAL);
    }

    @Test
    void addFriendNeedingVerificationLeavesARequestUntilTheTargetAccepts() {
        String a = uid();
        String b = uid();
        permit(FriendPermission.FRIEND_PERMISSION_NEEDS_VERIFICATION, b);
        friends().addFriend(AddFriendRequest.newBuilder().setUserId(a).setTargetId(b)
                .setMode(AddFriendMode.ADD_FRIEND_MODE_FOLLOW_PERMISSION).setExtra("it's me").build());
        assertThat(state().areFriends(a, b)).isFalse();
        assertThat(state().pendingRequests(b)).containsExactly(Map.entry(a, "it's me"));
        assertThat(relation(a, b)).isEqualTo(FriendRelation.FRIEND_RELATION_NONE);

        given().baseUri(EmulatorResource.emulator().baseUri().toString())
                .post("/_emulator/friends/{b}/requests/{a}/accept", b, a).then().statusCode(200);
        assertThat(relation(a, b)).isEqualTo(FriendRelation.FRIEND_RELATION_MUTUAL);
    }

    @Test
    void addFriendToSomeoneNobodyMayAddIsRefusedUnlessAddedDirectly() {
        String a = uid();
        String b = uid();
        permit(FriendPermission.FRIEND_PERMISSION_NOBODY, b);
        assertUpstreamError(() -> friends().addFriend(AddFriendRequest.newBuilder().setUserId(a).setTargetId(b).build()),
                Status.Code.FAILED_PRECONDITION, FriendState.ADD_REFUSED);
        assertThat(state().areFriends(a, b)).isFalse();

        befriend(a, b);
        assertThat(state().areFriends(a, b)).isTrue();
        assertThat(EmulatorResource.emulator().requests().last("/friend/add.json").params())
                .containsEntry("optType", List.of("2"));
    }

    @Test
    void setAndGetFriendPermissions() {
        String a = uid();
        String b = uid();
        String unset = uid();
        permit(FriendPermission.FRIEND_PERMISSION_NOBODY, a, b);
        assertThat(state().permission(a)).isEqualTo(3);
        assertThat(EmulatorResource.emulator().requests().last("/friend/permission/set.json").params())
                .containsEntry("userIds", List.of(a + "," + b)).containsEntry("permissionType", List.of("3"));
        var got = friends().getFriendPermissions(GetFriendPermissionsRequest.newBuilder().addUserIds(a).addUserIds(unset)
                .build()).getPermissionsList();
        assertThat(got).containsExactly(
                UserFriendPermission.newBuilder().setUserId(a).setPermission(FriendPermission.FRIEND_PERMISSION_NOBODY).build(),
                UserFriendPermission.newBuilder().setUserId(unset)
                        .setPermission(FriendPermission.FRIEND_PERMISSION_UNSPECIFIED).build());
    }

    @Test
    void setFriendProfileAndListFriendsPageByPage() {
        String owner = uid();
        List<String> ids = List.of(uid(), uid(), uid());
        ids.forEach(id -> befriend(owner, id));
        client.stub(UserProfileServiceGrpc.newBlockingStub(client.channel)).setUserProfile(SetUserProfileRequest
                .newBuilder().setUserId(ids.get(0)).setProfile(UserProfile.newBuilder().setName("Hosted Name")).build());
        friends().setFriendProfile(SetFriendProfileRequest.newBuilder().setUserId(owner).setTargetId(ids.get(0))
                .setRemarkName("Bestie").putExtProfile("ext_met_at", "school").build());
        var f = state().friendship(owner, ids.get(0)).orElseThrow();
        assertThat(f.remarkName()).isEqualTo("Bestie");
        assertThat(f.ext()).containsExactly(Map.entry("ext_met_at", "school"));

        List<Friend> seen = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListFriendsResponse page = friends().listFriends(ListFriendsRequest.newBuilder().setUserId(owner)
                    .setPageSize(2).setPageToken(token).build());
            assertThat(page.getFriendsCount()).isLessThanOrEqualTo(2);
            assertThat(page.getTotalSize()).isEqualTo(pages == 0 ? 3 : 4);
            seen.addAll(page.getFriendsList());
            token = page.getNextPageToken();
            if (pages++ == 0) {
                befriend(owner, uid()); // added after the first page: shows up at the end, nothing repeats
            }
        } while (!token.isEmpty());
        assertThat(seen).extracting(Friend::getUserId).startsWith(ids.toArray(String[]::new)).hasSize(4)
                .doesNotHaveDuplicates();
        Friend first = seen.get(0);
        assertThat(first.getName()).isEqualTo("Hosted Name");
        assertThat(first.getRemarkName()).isEqualTo("Bestie");
        assertThat(first.getExtProfileMap()).containsExactly(Map.entry("ext_met_at", "school"));
        assertThat(first.hasAddTime()).isTrue();

        List<String> newest = friends().listFriends(ListFriendsRequest.newBuilder().setUserId(owner)
                .setOrder(FriendOrder.FRIEND_ORDER_NEWEST_FIRST).build()).getFriendsList().stream()
                .map(Friend::getUserId).toList();
        assertThat(newest).endsWith(ids.get(2), ids.get(1), ids.get(0));

        friends().setFriendProfile(SetFriendProfileRequest.newBuilder().setUserId(owner).setTargetId(ids.get(0))
                .setRemarkName("").build());
        assertThat(state().friendship(owner, ids.get(0)).orElseThrow().remarkName()).isEmpty();
        assertThat(EmulatorResource.emulator().requests().last("/friend/profile/set.json").params())
                .containsEntry("remarkName", List.of("")).doesNotContainKey("friendExtProfile");
    }

    @Test
    void setFriendProfileOnANonFriendIsNotFound() {
        assertUpstreamError(() -> friends().setFriendProfile(SetFriendProfileRequest.newBuilder().setUserId(uid())
                .setTargetId(uid()).setRemarkName("x").build()), Status.Code.NOT_FOUND, FriendState.NOT_FRIENDS);
    }

    @Test
    void deleteCheckAndCleanFriends() {
        String owner = uid();
        String a = uid();
        String b = uid();
        String c = uid();
        befriend(owner, a);
        befriend(owner, b);
        befriend(owner, c);
        friends().deleteFriends(DeleteFriendsRequest.newBuilder().setUserId(owner).addTargetIds(a).addTargetIds(b).build());
        assertThat(EmulatorResource.emulator().requests().last("/friend/delete.json").params())
                .containsEntry("targetIds", List.of(a + "," + b));
        assertThat(state().areFriends(a, owner)).isFalse();
        var results = friends().checkFriends(CheckFriendsRequest.newBuilder().setUserId(owner).addTargetIds(a)
                .addTargetIds(c).build()).getResultsList();
        assertThat(results).containsExactly(
                FriendCheckResult.newBuilder().setUserId(a).setRelation(FriendRelation.FRIEND_RELATION_NONE).build(),
                FriendCheckResult.newBuilder().setUserId(c).setRelation(FriendRelation.FRIEND_RELATION_MUTUAL).build());

        friends().cleanFriends(CleanFriendsRequest.newBuilder().setUserId(owner).build());
        assertThat(state().areFriends(owner, c)).isFalse();
        assertThat(state().areFriends(c, owner)).isFalse();
        assertThat(friends().listFriends(ListFriendsRequest.newBuilder().setUserId(owner).build()).getTotalSize()).isZero();
    }

    @Test
    void badInputIsRejectedPreciselyBeforeAnyUpstreamCall() {
        assertInvalidWithoutUpstreamCall(() -> friends().addFriend(AddFriendRequest.newBuilder().setUserId("a")
                .setTargetId("a").setExtra("x".repeat(129)).build()), "target_id", "extra");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("user" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> friends().deleteFriends(DeleteFriendsRequest.newBuilder()
                .setUserId("a").addAllTargetIds(many).build()), "target_ids");
        assertInvalidWithoutUpstreamCall(() -> friends().cleanFriends(CleanFriendsRequest.getDefaultInstance()),
                "user_id");
        assertInvalidWithoutUpstreamCall(() -> friends().setFriendProfile(SetFriendProfileRequest.newBuilder()
                .setUserId("a").setTargetId("b").setRemarkName("r".repeat(65)).putExtProfile("ext_Upper", "v")
                .build()), "remark_name", "ext_profile[ext_Upper]");
        assertInvalidWithoutUpstreamCall(() -> friends().listFriends(ListFriendsRequest.newBuilder().setUserId("a")
                .setPageToken("forged").build()), "page_token");
        assertInvalidWithoutUpstreamCall(() -> friends().checkFriends(CheckFriendsRequest.newBuilder().setUserId("a")
                .build()), "target_ids");
        assertInvalidWithoutUpstreamCall(() -> friends().setFriendPermission(SetFriendPermissionRequest.newBuilder()
                .addUserIds("a").build()), "permission");
        assertInvalidWithoutUpstreamCall(() -> friends().getFriendPermissions(GetFriendPermissionsRequest.newBuilder()
                .addUserIds("a").addUserIds("a").build()), "user_ids[1]");
    }
}
