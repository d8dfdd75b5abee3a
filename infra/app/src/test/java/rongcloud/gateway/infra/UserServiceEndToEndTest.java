package rongcloud.gateway.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.Timestamp;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.user.UserState;
import rongcloud.gateway.proto.v1.BatchSetUserTagsRequest;
import rongcloud.gateway.proto.v1.BlockUsersRequest;
import rongcloud.gateway.proto.v1.CheckUserOnlineRequest;
import rongcloud.gateway.proto.v1.DeactivateUsersRequest;
import rongcloud.gateway.proto.v1.ExpireUserTokensRequest;
import rongcloud.gateway.proto.v1.GetUserInfoRequest;
import rongcloud.gateway.proto.v1.GetUserInfoResponse;
import rongcloud.gateway.proto.v1.GetUserTagsRequest;
import rongcloud.gateway.proto.v1.ListBlockedUsersRequest;
import rongcloud.gateway.proto.v1.ListBlockedUsersResponse;
import rongcloud.gateway.proto.v1.ListDeactivatedUsersRequest;
import rongcloud.gateway.proto.v1.ListPrivateChatMutedUsersRequest;
import rongcloud.gateway.proto.v1.ListPrivateChatMutedUsersResponse;
import rongcloud.gateway.proto.v1.ReactivateUsersRequest;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.RegisterUserResponse;
import rongcloud.gateway.proto.v1.SetPrivateChatMuteRequest;
import rongcloud.gateway.proto.v1.SetUserTagsRequest;
import rongcloud.gateway.proto.v1.UnblockUsersRequest;
import rongcloud.gateway.proto.v1.UpdateUserInfoRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;
import rongcloud.gateway.proto.v1.UserServiceGrpc.UserServiceBlockingStub;

/**
 * Every UserService RPC through gRPC → gateway → emulator over HTTP with real signatures, asserting the
 * typed response and the emulator's resulting state; plus bad input (no upstream call), a wrong secret and
 * upstream codes mapped to status + ErrorInfo. {@link UserServiceEndToEndIT} runs the same against the
 * packaged application.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class UserServiceEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static UserServiceBlockingStub users() {
        return client.stub(UserServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static String uid() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static JsonPath userState(String userId) {
        return given().baseUri(emulator().baseUri().toString())
                .get("/_emulator/users/{id}", userId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static String register(String userId) {
        return users().registerUser(RegisterUserRequest.newBuilder().setUserId(userId).setName("Name " + userId)
                .setPortraitUri("https://img.example/" + userId + ".png").build()).getToken();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    // ---- happy paths, one per RPC, asserting the emulator's state ----

    @Test
    void registerUserStoresTheUserAndReturnsATokenAndTheRequestId() {
        String id = uid();
        RegisterUserResponse r = users().registerUser(RegisterUserRequest.newBuilder()
                .setUserId(id).setName("张三").setPortraitUri("https://img.example/a.png").build());
        assertThat(r.getUserId()).isEqualTo(id);
        assertThat(r.getToken()).isNotBlank();
        JsonPath state = userState(id);
        assertThat(state.getString("name")).isEqualTo("张三");
        assertThat(state.getString("portraitUri")).isEqualTo("https://img.example/a.png");
        assertThat(state.getList("tokens")).hasSize(1);
        String requestId = client.lastRequestId();
        assertThat(requestId).isNotBlank();
        assertThat(emulator().requests().last("/user/getToken.json").requestId()).isEqualTo(requestId);
    }

    @Test
    void expireUserTokensInvalidatesEarlierTokens() {
        String a = uid();
        String b = uid();
        register(a);
        register(b);
        users().expireUserTokens(ExpireUserTokensRequest.newBuilder().addUserIds(a).addUserIds(b)
                .setExpireBefore(ts(emulator().clock().now().plusSeconds(1))).build());
        for (String id : List.of(a, b)) {
            assertThat(userState(id).getList("tokens.valid", Boolean.class)).containsOnly(false);
        }
        assertThat(emulator().requests().last("/user/token/expire.json").params().get("userId")).containsExactly(a, b);
    }

    @Test
    void getUserInfoReturnsTypedProfile() {
        String id = uid();
        register(id);
        GetUserInfoResponse info = users().getUserInfo(GetUserInfoRequest.newBuilder().setUserId(id).build());
        assertThat(info.getName()).isEqualTo("Name " + id);
        assertThat(info.getPortraitUri()).isEqualTo("https://img.example/" + id + ".png");
        assertThat(info.hasCreateTime()).isTrue();
        long created = info.getCreateTime().getSeconds();
        assertThat(Math.abs(created - emulator().clock().now().getEpochSecond())).isLessThan(120);
    }

    @Test
    void updateUserInfoChangesOnlyWhatIsSet() {
        String id = uid();
        register(id);
        users().updateUserInfo(UpdateUserInfoRequest.newBuilder().setUserId(id).setName("Renamed").build());
        JsonPath state = userState(id);
        assertThat(state.getString("name")).isEqualTo("Renamed");
        assertThat(state.getString("portraitUri")).isEqualTo("https://img.example/" + id + ".png");
        assertThat(emulator().requests().last("/user/refresh.json").params()).doesNotContainKey("portraitUri");
    }

    @Test
    void deactivateListAndReactivateUsers() {
        String a = uid();
        String b = uid();
        register(a);
        register(b);
        String op = users().deactivateUsers(DeactivateUsersRequest.newBuilder().addUserIds(a).addUserIds(b).build())
                .getOperateId();
        assertThat(op).isNotBlank();
        assertThat(emulator().requests().last("/user/deactivate.json").params().get("userId"))
                .containsExactly(a + "," + b);
        assertThat(userState(a).getBoolean("deactivated")).isTrue();
        assertThat(emulator().state(UserState.class).isRegistered(a)).as("profile deleted").isFalse();
        assertThat(allDeactivated()).contains(a, b);

        emulator().clock().advance(Duration.ofMinutes(61));
        assertThat(users().reactivateUsers(ReactivateUsersRequest.newBuilder().addUserIds(a).build()).getOperateId())
                .isNotBlank();
        assertThat(emulator().state(UserState.class).isDeactivated(a)).isFalse();
        assertThat(emulator().state(UserState.class).isDeactivated(b)).isTrue();
        assertThat(allDeactivated()).contains(b).doesNotContain(a);
    }

    private static List<String> allDeactivated() {
        List<String> all = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            var page = users().listDeactivatedUsers(ListDeactivatedUsersRequest.newBuilder().setPageSize(2)
                    .setPageToken(token).build());
            assertThat(page.getUserIdsCount()).isLessThanOrEqualTo(2);
            all.addAll(page.getUserIdsList());
            token = page.getNextPageToken();
            assertThat(++pages).isLessThan(1000);
        } while (!token.isEmpty());
        return all;
    }

    @Test
    void blockListAndUnblockUsers() {
        String a = uid();
        String b = uid();
        register(a);
        register(b);
        Instant before = emulator().clock().now();
        users().blockUsers(BlockUsersRequest.newBuilder().addUserIds(a).addUserIds(b).setMinutes(30).build());
        assertThat(userState(a).getString("blockedUntil")).isNotNull();

        ListBlockedUsersResponse page = users().listBlockedUsers(ListBlockedUsersRequest.newBuilder().setPageSize(200).build());
        var mine = page.getBlockedUsersList().stream().filter(u -> u.getUserId().equals(a)).findFirst().orElseThrow();
        long end = mine.getBlockEndTime().getSeconds();
        assertThat(end).isBetween(before.plusSeconds(30 * 60 - 2).getEpochSecond(), before.plusSeconds(30 * 60 + 60).getEpochSecond());

        users().unblockUsers(UnblockUsersRequest.newBuilder().addUserIds(a).build());
        assertThat(userState(a).getString("blockedUntil")).isNull();
        List<String> still = users().listBlockedUsers(ListBlockedUsersRequest.newBuilder().setPageSize(200).build())
                .getBlockedUsersList().stream().map(u -> u.getUserId()).toList();
        assertThat(still).contains(b).doesNotContain(a);
    }

    @Test
    void checkUserOnlineFollowsTheConnection() {
        String id = uid();
        register(id);
        given().baseUri(emulator().baseUri().toString()).post("/_emulator/users/{id}/online?online=true", id)
                .then().statusCode(200);
        assertThat(users().checkUserOnline(CheckUserOnlineRequest.newBuilder().setUserId(id).build()).getOnline()).isTrue();
        given().baseUri(emulator().baseUri().toString()).post("/_emulator/users/{id}/online?online=false", id)
                .then().statusCode(200);
        assertThat(users().checkUserOnline(CheckUserOnlineRequest.newBuilder().setUserId(id).build()).getOnline()).isFalse();
    }

    @Test
    void privateChatMuteAndPagedList() {
        List<String> ids = List.of(uid(), uid(), uid());
        ids.forEach(UserServiceEndToEndTest::register);
        users().setPrivateChatMute(SetPrivateChatMuteRequest.newBuilder().addAllUserIds(ids).setMuted(true).build());
        assertThat(userState(ids.get(0)).getBoolean("privateChatMuted")).isTrue();
        assertThat(emulator().requests().last("/user/chat/fb/set.json").params().get("type")).containsExactly("PERSON");

        List<String> seen = new ArrayList<>();
        String token = "";
        int total;
        do {
            ListPrivateChatMutedUsersResponse page = users().listPrivateChatMutedUsers(
                    ListPrivateChatMutedUsersRequest.newBuilder().setPageSize(2).setPageToken(token).build());
            assertThat(page.getUserIdsCount()).isLessThanOrEqualTo(2);
            seen.addAll(page.getUserIdsList());
            total = page.getTotalSize();
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertThat(seen).containsAll(ids).doesNotHaveDuplicates().hasSize(total);

        users().setPrivateChatMute(SetPrivateChatMuteRequest.newBuilder().addUserIds(ids.get(0)).setMuted(false).build());
        assertThat(userState(ids.get(0)).getBoolean("privateChatMuted")).isFalse();
    }

    @Test
    void userTagsSetBatchSetAndGet() {
        String a = uid();
        String b = uid();
        register(a);
        register(b);
        users().setUserTags(SetUserTagsRequest.newBuilder().setUserId(a).addTags("bj").addTags("male").build());
        assertThat(userState(a).getList("tags", String.class)).containsExactly("bj", "male");

        users().batchSetUserTags(BatchSetUserTagsRequest.newBuilder().addUserIds(a).addUserIds(b).addTags("vip").build());
        var tags = users().getUserTags(GetUserTagsRequest.newBuilder().addUserIds(a).addUserIds(b).build());
        assertThat(tags.getUserTagsMap().get(a).getTagsList()).containsExactly("vip");
        assertThat(tags.getUserTagsMap().get(b).getTagsList()).containsExactly("vip");

        users().setUserTags(SetUserTagsRequest.newBuilder().setUserId(a).build());
        assertThat(userState(a).getList("tags")).isEmpty();
    }

    // ---- negative cases ----

    private static StatusRuntimeException failure(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("expected the call to fail").isNotNull();
        return e;
    }

    private static void assertInvalidWithoutUpstreamCall(Runnable call, String... fields) {
        long before = emulator().requests().total();
        StatusRuntimeException e = failure(call);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GatewayClient.violatedFields(e)).containsExactlyInAnyOrder(fields);
        ErrorInfo info = GatewayClient.errorInfo(e);
        assertThat(info.getReason()).isEqualTo("INVALID_REQUEST");
        assertThat(info.getMetadataMap()).containsKey("requestId");
        assertThat(emulator().requests().total()).as("no upstream call").isEqualTo(before);
    }

    @Test
    void badInputIsRejectedPreciselyBeforeAnyUpstreamCall() {
        assertInvalidWithoutUpstreamCall(() -> users().registerUser(RegisterUserRequest.newBuilder()
                .setUserId("has space").setName("x".repeat(65)).build()), "user_id", "name");
        assertInvalidWithoutUpstreamCall(() -> users().expireUserTokens(ExpireUserTokensRequest.newBuilder()
                .addUserIds("a").build()), "expire_before");
        assertInvalidWithoutUpstreamCall(() -> users().getUserInfo(GetUserInfoRequest.getDefaultInstance()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> users().updateUserInfo(UpdateUserInfoRequest.newBuilder()
                .setUserId("a").setPortraitUri("relative/path").build()), "portrait_uri");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("user" + i);
        }
        assertInvalidWithoutUpstreamCall(() -> users().deactivateUsers(DeactivateUsersRequest.newBuilder()
                .addAllUserIds(many).build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> users().listDeactivatedUsers(ListDeactivatedUsersRequest.newBuilder()
                .setPageSize(-1).build()), "page_size");
        assertInvalidWithoutUpstreamCall(() -> users().reactivateUsers(ReactivateUsersRequest.getDefaultInstance()),
                "user_ids");
        assertInvalidWithoutUpstreamCall(() -> users().blockUsers(BlockUsersRequest.newBuilder().addUserIds("a")
                .setMinutes(43_201).build()), "minutes");
        assertInvalidWithoutUpstreamCall(() -> users().unblockUsers(UnblockUsersRequest.newBuilder().addUserIds("a")
                .addUserIds("a").build()), "user_ids[1]");
        assertInvalidWithoutUpstreamCall(() -> users().listBlockedUsers(ListBlockedUsersRequest.newBuilder()
                .setPageToken("not-a-token").build()), "page_token");
        assertInvalidWithoutUpstreamCall(() -> users().checkUserOnline(CheckUserOnlineRequest.newBuilder()
                .setUserId("x".repeat(65)).build()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> users().setPrivateChatMute(SetPrivateChatMuteRequest.getDefaultInstance()),
                "user_ids");
        assertInvalidWithoutUpstreamCall(() -> users().listPrivateChatMutedUsers(ListPrivateChatMutedUsersRequest
                .newBuilder().setPageSize(-5).build()), "page_size");
        assertInvalidWithoutUpstreamCall(() -> users().setUserTags(SetUserTagsRequest.newBuilder().setUserId("a")
                .addTags("no/slash").build()), "tags[0]");
        assertInvalidWithoutUpstreamCall(() -> users().batchSetUserTags(BatchSetUserTagsRequest.newBuilder()
                .addTags("ok").build()), "user_ids");
        assertInvalidWithoutUpstreamCall(() -> users().getUserTags(GetUserTagsRequest.newBuilder()
                .addAllUserIds(many.subList(0, 51)).build()), "user_ids");
    }

    @Test
    void aRejectedSignatureIsAnInternalErrorWithRongCloudsCode() {
        String good = emulator().appSecret();
        emulator().rotateSecret("rotated-" + UUID.randomUUID());
        try {
            StatusRuntimeException e = failure(() -> users().getUserInfo(GetUserInfoRequest.newBuilder().setUserId("a").build()));
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INTERNAL);
            ErrorInfo info = GatewayClient.errorInfo(e);
            assertThat(info.getDomain()).isEqualTo("rongcloud.gateway");
            assertThat(info.getReason()).isEqualTo("RONGCLOUD_1004");
            assertThat(info.getMetadataMap()).containsEntry("rongcloudCode", "1004").containsEntry("httpStatus", "401")
                    .containsEntry("upstreamPath", "/user/info.json").containsKey("rongcloudMessage");
            assertThat(info.getMetadataMap().get("requestId")).isEqualTo(client.lastRequestId());
        } finally {
            emulator().rotateSecret(good);
        }
    }

    @Test
    void upstreamRateLimitIsResourceExhaustedWithRetryInfo() {
        String id = uid();
        register(id);
        String path = "/user/checkOnline.json";
        setEmulatorLimit(path, 1);
        try {
            Consumer<Void> call = v -> users().checkUserOnline(CheckUserOnlineRequest.newBuilder().setUserId(id).build());
            StatusRuntimeException e = failure(() -> {
                call.accept(null);
                call.accept(null);
            });
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
            assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("RONGCLOUD_1008");
            assertThat(GatewayClient.errorInfo(e).getMetadataMap()).containsEntry("httpStatus", "429");
            assertThat(GatewayClient.retryInfo(e)).isPresent();
        } finally {
            setEmulatorLimit(path, 100);
        }
    }

    private static void setEmulatorLimit(String path, int limit) {
        given().baseUri(emulator().baseUri().toString()).queryParam("path", path).queryParam("limit", limit)
                .put("/_emulator/rate-limits").then().statusCode(200);
    }

    @Test
    void anUpstreamBusinessErrorKeepsItsCode() {
        String id = uid();
        register(id);
        users().deactivateUsers(DeactivateUsersRequest.newBuilder().addUserIds(id).build());
        // RongCloud refuses a reactivation within one hour of the deactivation
        StatusRuntimeException e = failure(() -> users().reactivateUsers(ReactivateUsersRequest.newBuilder().addUserIds(id).build()));
        ErrorInfo info = GatewayClient.errorInfo(e);
        assertThat(info.getReason()).startsWith("RONGCLOUD_");
        assertThat(info.getMetadataMap().get("rongcloudCode")).isNotEqualTo("200");
        assertThat(e.getStatus().getCode()).isNotIn(Status.Code.OK, Status.Code.INTERNAL, Status.Code.UNAVAILABLE);
    }
}
