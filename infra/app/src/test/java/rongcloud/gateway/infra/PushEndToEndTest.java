package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.GrpcAssertions.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.GrpcAssertions.assertUpstreamError;
import static rongcloud.gateway.infra.GrpcAssertions.failure;
import static rongcloud.gateway.infra.GrpcAssertions.uid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Value;
import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.fault.FaultType;
import rongcloud.emulator.push.PushState;
import rongcloud.gateway.proto.v1.ConversationType;
import rongcloud.gateway.proto.v1.DeleteGroupMemberPushRemarkRequest;
import rongcloud.gateway.proto.v1.DeleteUserBlockPushPeriodRequest;
import rongcloud.gateway.proto.v1.DeleteUserPushRemarkRequest;
import rongcloud.gateway.proto.v1.DoNotDisturbLevel;
import rongcloud.gateway.proto.v1.GetConversationNotificationRequest;
import rongcloud.gateway.proto.v1.GetConversationTypeNotificationRequest;
import rongcloud.gateway.proto.v1.GetDailyPushStatsRequest;
import rongcloud.gateway.proto.v1.GetGroupMemberPushRemarkRequest;
import rongcloud.gateway.proto.v1.GetPushStatsByIdRequest;
import rongcloud.gateway.proto.v1.GetPushStatsByIdResponse;
import rongcloud.gateway.proto.v1.GetUserBlockPushPeriodRequest;
import rongcloud.gateway.proto.v1.GetUserBlockPushPeriodResponse;
import rongcloud.gateway.proto.v1.GetUserPushRemarksRequest;
import rongcloud.gateway.proto.v1.GetUserPushRemarksResponse;
import rongcloud.gateway.proto.v1.IosPush;
import rongcloud.gateway.proto.v1.Platform;
import rongcloud.gateway.proto.v1.PushPlusAndroid;
import rongcloud.gateway.proto.v1.PushPlusAudience;
import rongcloud.gateway.proto.v1.PushPlusNotification;
import rongcloud.gateway.proto.v1.PushPlusTagItem;
import rongcloud.gateway.proto.v1.PushPlusTagOperator;
import rongcloud.gateway.proto.v1.PushRemark;
import rongcloud.gateway.proto.v1.PushServiceGrpc;
import rongcloud.gateway.proto.v1.PushServiceGrpc.PushServiceBlockingStub;
import rongcloud.gateway.proto.v1.SendPushPlusRequest;
import rongcloud.gateway.proto.v1.SetConversationNotificationRequest;
import rongcloud.gateway.proto.v1.SetConversationTypeNotificationRequest;
import rongcloud.gateway.proto.v1.SetGroupMemberPushRemarkRequest;
import rongcloud.gateway.proto.v1.SetUserBlockPushPeriodRequest;
import rongcloud.gateway.proto.v1.SetUserPushRemarksRequest;

/**
 * Every PushService RPC through gRPC → gateway → emulator over HTTP: each write is checked in the emulator's
 * state and read back through the matching read RPC; Push Plus bodies as RongCloud receives them, the push
 * statistics of a sent push, and a Push Plus that is never retried; plus bad input (no upstream call).
 * Push Plus sends stay under its 20/hour budget (the gateway spends it on the real clock; the test profile does
 * not override it) until the last test, which spends the rest of it.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PushEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static PushServiceBlockingStub push() {
        return client.stub(PushServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static PushState state() {
        return emulator().state(PushState.class);
    }

    private static PushRemark remark(String target, String name) {
        return PushRemark.newBuilder().setTargetUserId(target).setRemark(name).build();
    }

    /**
     * The statistics paths allow 1 request/second. The gateway spaces its grants by a second plus a 25 ms margin,
     * but a request can reach RongCloud later than its grant (e.g. the first call of a client), so two calls of
     * consecutive tests may land within one second at the emulator: move the emulator's clock past its window.
     */
    private static void freshStatsWindow() {
        emulator().clock().advance(Duration.ofSeconds(2));
    }

    private static JsonNode lastJson(String path, String field) throws Exception {
        return JSON.readTree(emulator().requests().last(path).param(field));
    }

    // ---- user-level push remarks ----

    @Test
    void userPushRemarksAreSetPagedWithTheirTotalAndDeleted() throws Exception {
        String owner = uid("u");
        String a = uid("u");
        String b = uid("u");
        String c = uid("u");
        push().setUserPushRemarks(SetUserPushRemarksRequest.newBuilder().setUserId(owner)
                .addRemarks(remark(a, "Alice")).addRemarks(remark(b, "鲍勃")).addRemarks(remark(c, "Carol")).build());
        JsonNode sent = lastJson("/user/remarks/set.json", "remarks");
        assertThat(sent.isArray()).isTrue();
        assertThat(sent.get(0).get("id").asText()).isEqualTo(a);
        assertThat(sent.get(1).get("remark").asText()).isEqualTo("鲍勃");
        assertThat(state().userRemarks(owner)).containsEntry(a, "Alice").containsEntry(b, "鲍勃").hasSize(3);

        GetUserPushRemarksResponse first = push().getUserPushRemarks(GetUserPushRemarksRequest.newBuilder()
                .setUserId(owner).setPageSize(2).build());
        assertThat(first.getTotalCount()).isEqualTo(3);
        assertThat(first.getRemarksList()).containsExactly(remark(a, "Alice"), remark(b, "鲍勃"));
        assertThat(first.getNextPageToken()).isNotEmpty();
        assertThat(emulator().requests().last("/user/remarks/get.json").params())
                .containsEntry("page", List.of("1")).containsEntry("size", List.of("2"));
        GetUserPushRemarksResponse second = push().getUserPushRemarks(GetUserPushRemarksRequest.newBuilder()
                .setUserId(owner).setPageSize(2).setPageToken(first.getNextPageToken()).build());
        assertThat(second.getRemarksList()).containsExactly(remark(c, "Carol"));
        assertThat(second.getNextPageToken()).isEmpty();

        push().deleteUserPushRemark(DeleteUserPushRemarkRequest.newBuilder().setUserId(owner).setTargetUserId(b).build());
        assertThat(emulator().requests().last("/user/remarks/del.json").param("targetId")).isEqualTo(b);
        assertThat(state().userRemarks(owner)).doesNotContainKey(b);
        GetUserPushRemarksResponse after = push().getUserPushRemarks(GetUserPushRemarksRequest.newBuilder()
                .setUserId(owner).build());
        assertThat(after.getTotalCount()).isEqualTo(2);
        assertThat(after.getRemarksList()).extracting(PushRemark::getTargetUserId).containsExactly(a, c);
    }

    @Test
    void userPushRemarkRpcsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> push().setUserPushRemarks(SetUserPushRemarksRequest.getDefaultInstance()),
                "user_id", "remarks");
        List<PushRemark> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(remark("t" + i, "r"));
        }
        assertInvalidWithoutUpstreamCall(() -> push().setUserPushRemarks(SetUserPushRemarksRequest.newBuilder()
                .setUserId("owner").addAllRemarks(many).build()), "remarks");
        assertInvalidWithoutUpstreamCall(() -> push().setUserPushRemarks(SetUserPushRemarksRequest.newBuilder()
                .setUserId("owner").addRemarks(remark("t1", "x")).addRemarks(remark("t1", "y"))
                .addRemarks(remark("t2", "")).addRemarks(remark("bad id", "z")).build()),
                "remarks[1].target_user_id", "remarks[2].remark", "remarks[3].target_user_id");
        assertInvalidWithoutUpstreamCall(() -> push().deleteUserPushRemark(DeleteUserPushRemarkRequest.newBuilder()
                .setUserId("owner").build()), "target_user_id");
        assertInvalidWithoutUpstreamCall(() -> push().getUserPushRemarks(GetUserPushRemarksRequest.newBuilder()
                .setUserId("owner").setPageSize(-1).setPageToken("nope").build()), "page_size", "page_token");
    }

    // ---- group-member push remarks ----

    @Test
    void aGroupMemberPushRemarkIsSetReadAndDeleted() {
        String g = uid("g");
        String u = uid("u");
        push().setGroupMemberPushRemark(SetGroupMemberPushRemarkRequest.newBuilder().setGroupId(g).setUserId(u)
                .setRemark("Team lead").build());
        assertThat(state().groupRemark(g, u)).hasValue("Team lead");
        assertThat(push().getGroupMemberPushRemark(GetGroupMemberPushRemarkRequest.newBuilder().setGroupId(g)
                .setUserId(u).build()).getRemark()).isEqualTo("Team lead");
        assertThat(push().getGroupMemberPushRemark(GetGroupMemberPushRemarkRequest.newBuilder().setGroupId(g)
                .setUserId(uid("u")).build()).getRemark()).isEmpty();

        push().deleteGroupMemberPushRemark(DeleteGroupMemberPushRemarkRequest.newBuilder().setGroupId(g).setUserId(u)
                .build());
        assertThat(state().groupRemark(g, u)).isEmpty();
        assertThat(push().getGroupMemberPushRemark(GetGroupMemberPushRemarkRequest.newBuilder().setGroupId(g)
                .setUserId(u).build()).getRemark()).isEmpty();
    }

    @Test
    void groupMemberPushRemarkRpcsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> push().setGroupMemberPushRemark(SetGroupMemberPushRemarkRequest
                .newBuilder().setGroupId("bad-id").build()), "group_id", "user_id", "remark");
        assertInvalidWithoutUpstreamCall(() -> push().deleteGroupMemberPushRemark(DeleteGroupMemberPushRemarkRequest
                .newBuilder().setUserId("u1").build()), "group_id");
        assertInvalidWithoutUpstreamCall(() -> push().getGroupMemberPushRemark(GetGroupMemberPushRemarkRequest
                .newBuilder().setGroupId("g1").setUserId("x".repeat(65)).build()), "user_id");
    }

    // ---- Do Not Disturb per conversation and per type ----

    @Test
    void conversationLevelsAreSetAndReadBackIncludingUltraGroupChannels() {
        String user = uid("u");
        String peer = uid("u");
        push().setConversationNotification(SetConversationNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setUserId(user).setTargetId(peer)
                .setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_ALL_MESSAGES).build());
        var sent = emulator().requests().last("/conversation/notification/set.json");
        assertThat(sent.param("unpushLevel")).isEqualTo("-1");
        assertThat(sent.param("requestId")).isEqualTo(user);
        assertThat(sent.param("conversationType")).isEqualTo("1");
        assertThat(sent.params()).doesNotContainKeys("isMuted", "busChannel");
        assertThat(state().conversationLevel(1, user, peer, "")).isEqualTo(-1);
        assertThat(push().getConversationNotification(GetConversationNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setUserId(user).setTargetId(peer)
                .build()).getLevel()).isEqualTo(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_ALL_MESSAGES);

        String ug = uid("ug");
        push().setConversationNotification(SetConversationNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_ULTRA_GROUP).setUserId(user).setTargetId(ug)
                .setBusChannel("news").setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_MENTIONS_OF_USER).build());
        assertThat(state().conversationLevel(10, user, ug, "news")).isEqualTo(2);
        assertThat(push().getConversationNotification(GetConversationNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_ULTRA_GROUP).setUserId(user).setTargetId(ug)
                .setBusChannel("news").build()).getLevel())
                .isEqualTo(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_MENTIONS_OF_USER);
        assertThat(push().getConversationNotification(GetConversationNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_ULTRA_GROUP).setUserId(user).setTargetId(ug)
                .build()).getLevel()).isEqualTo(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_DEFAULT);
    }

    @Test
    void conversationTypeLevelsAreSetAndReadBack() {
        String user = uid("u");
        push().setConversationTypeNotification(SetConversationTypeNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_GROUP).setUserId(user)
                .setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_NONE).build());
        assertThat(emulator().requests().last("/conversation/type/notification/set.json").param("unpushLevel"))
                .isEqualTo("5");
        assertThat(state().typeLevel(3, user)).isEqualTo(5);
        assertThat(push().getConversationTypeNotification(GetConversationTypeNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_GROUP).setUserId(user).build()).getLevel())
                .isEqualTo(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_NONE);
        assertThat(push().getConversationTypeNotification(GetConversationTypeNotificationRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_SYSTEM).setUserId(user).build()).getLevel())
                .isEqualTo(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_DEFAULT);
    }

    @Test
    void doNotDisturbRpcsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> push().setConversationNotification(SetConversationNotificationRequest
                .getDefaultInstance()), "conversation_type", "user_id", "target_id", "level");
        assertInvalidWithoutUpstreamCall(() -> push().setConversationNotification(SetConversationNotificationRequest
                .newBuilder().setConversationType(ConversationType.CONVERSATION_TYPE_GROUP).setUserId("u1")
                .setTargetId("g1").setBusChannel("c1").setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_NONE).build()),
                "bus_channel");
        assertInvalidWithoutUpstreamCall(() -> push().getConversationNotification(GetConversationNotificationRequest
                .newBuilder().setConversationType(ConversationType.CONVERSATION_TYPE_CHATROOM).setUserId("u1")
                .setTargetId("r1").build()), "conversation_type");
        assertInvalidWithoutUpstreamCall(() -> push().setConversationTypeNotification(
                SetConversationTypeNotificationRequest.newBuilder()
                        .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setUserId("u1").build()),
                "level");
        assertInvalidWithoutUpstreamCall(() -> push().getConversationTypeNotification(
                GetConversationTypeNotificationRequest.newBuilder().setUserId("u1").build()), "conversation_type");
    }

    // ---- daily Do Not Disturb window ----

    @Test
    void aBlockPushPeriodIsSetReadAndDeleted() {
        String user = uid("u");
        push().setUserBlockPushPeriod(SetUserBlockPushPeriodRequest.newBuilder().setUserId(user)
                .setStartTime("22:30:00").setPeriodMinutes(480).setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_NONE)
                .build());
        var sent = emulator().requests().last("/user/blockPushPeriod/set.json");
        assertThat(sent.param("startTime")).isEqualTo("22:30:00");
        assertThat(sent.param("period")).isEqualTo("480");
        assertThat(sent.param("level")).isEqualTo("5");
        assertThat(state().period(user)).hasValue(new PushState.Period("22:30:00", 480, 5));

        GetUserBlockPushPeriodResponse got = push().getUserBlockPushPeriod(GetUserBlockPushPeriodRequest.newBuilder()
                .setUserId(user).build());
        assertThat(got).isEqualTo(GetUserBlockPushPeriodResponse.newBuilder().setSet(true).setStartTime("22:30:00")
                .setPeriodMinutes(480).setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_NONE).build());

        push().deleteUserBlockPushPeriod(DeleteUserBlockPushPeriodRequest.newBuilder().setUserId(user).build());
        assertThat(state().period(user)).isEmpty();
        assertThat(push().getUserBlockPushPeriod(GetUserBlockPushPeriodRequest.newBuilder().setUserId(user).build()))
                .isEqualTo(GetUserBlockPushPeriodResponse.getDefaultInstance());
    }

    @Test
    void blockPushPeriodRpcsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> push().setUserBlockPushPeriod(SetUserBlockPushPeriodRequest.newBuilder()
                .setUserId("u1").setStartTime("24:00:00").setPeriodMinutes(1440)
                .setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_MENTIONS_OF_USER).build()),
                "start_time", "period_minutes", "level");
        assertInvalidWithoutUpstreamCall(() -> push().setUserBlockPushPeriod(SetUserBlockPushPeriodRequest.newBuilder()
                .setStartTime("8:00").setLevel(DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_MENTIONS).build()),
                "user_id", "start_time", "period_minutes");
        assertInvalidWithoutUpstreamCall(() -> push().deleteUserBlockPushPeriod(DeleteUserBlockPushPeriodRequest
                .getDefaultInstance()), "user_id");
        assertInvalidWithoutUpstreamCall(() -> push().getUserBlockPushPeriod(GetUserBlockPushPeriodRequest
                .getDefaultInstance()), "user_id");
    }

    // ---- Push Plus and its statistics ----

    private static SendPushPlusRequest.Builder pushPlus(PushPlusAudience.Builder audience) {
        return SendPushPlusRequest.newBuilder().addPlatforms(Platform.PLATFORM_IOS).setAudience(audience)
                .setNotification(PushPlusNotification.newBuilder().setAlert("Sale today"));
    }

    @Test
    void pushPlusToEveryoneSendsTheSdkShapeAndItsStatisticsCanBeRead() throws Exception {
        String pushId = push().sendPushPlus(SendPushPlusRequest.newBuilder()
                .addPlatforms(Platform.PLATFORM_IOS).addPlatforms(Platform.PLATFORM_ANDROID)
                .setAudience(PushPlusAudience.newBuilder().setToAll(true))
                .setNotification(PushPlusNotification.newBuilder().setTitle("Shop").setAlert("Sale today")
                        .setIos(IosPush.newBuilder().setThreadId("sales").setBadge(3).setContentAvailable(true))
                        .setAndroid(PushPlusAndroid.newBuilder().setHwChannelId("hw1").setHwImportance("LOW")
                                .setMiLargeIconUri("https://x/i.png").setVivoClassification(1).putExtras("k", "v")))
                .build()).getPushId();
        PushState.Push recorded = state().push(pushId).orElseThrow();
        assertThat(recorded.platforms()).containsExactly("ios", "android");
        assertThat(recorded.toAll()).isTrue();
        JsonNode body = JSON.readTree(recorded.body());
        assertThat(body.at("/audience/is_to_all").asBoolean()).isTrue();
        assertThat(body.at("/notification/title").asText()).isEqualTo("Shop");
        assertThat(body.at("/notification/ios/thread-id").asText()).isEqualTo("sales");
        assertThat(body.at("/notification/ios/badge").asInt()).isEqualTo(3);
        assertThat(body.at("/notification/ios/contentAvailable").asInt()).isEqualTo(1);
        assertThat(body.at("/notification/android/hw/channelId").asText()).isEqualTo("hw1");
        assertThat(body.at("/notification/android/hw/importance").asText()).isEqualTo("LOW");
        assertThat(body.at("/notification/android/mi/large_icon_uri").asText()).isEqualTo("https://x/i.png");
        assertThat(body.at("/notification/android/vivo/classification").asText()).isEqualTo("1");
        assertThat(body.at("/notification/android/extras/k").asText()).isEqualTo("v");
        assertThat(body.at("/notification/android/oppo").isMissingNode()).isTrue();

        freshStatsWindow();
        GetPushStatsByIdResponse stats = push().getPushStatsById(GetPushStatsByIdRequest.newBuilder()
                .setPushId(pushId).build());
        assertThat(stats.getData().getFieldsMap().get("pushId").getStringValue()).isEqualTo(pushId);
        assertThat(stats.getData().getFieldsMap().get("isToAll").getBoolValue()).isTrue();
        assertThat(emulator().requests().last("/stat/getPushIdData").param("pushId")).isEqualTo(pushId);

        Value days = push().getDailyPushStats(GetDailyPushStatsRequest.getDefaultInstance()).getData()
                .getFieldsMap().get("data");
        assertThat(days.getListValue().getValuesList()).isNotEmpty();
        assertThat(days.getListValue().getValuesList().stream()
                .mapToDouble(v -> v.getStructValue().getFieldsMap().get("pushCount").getNumberValue()).sum())
                .isEqualTo(state().pushes().size());
    }

    @Test
    void pushPlusToTagExpressionsSendsTagItemsAndAnUnknownPushIdIsNotFound() throws Exception {
        String pushId = push().sendPushPlus(pushPlus(PushPlusAudience.newBuilder().addTags("vip").addTagsOr("beijing")
                .addTagsOr("shanghai").addTagItems(PushPlusTagItem.newBuilder().addTags("churned").setIsNot(true)
                        .setTagsOperator(PushPlusTagOperator.PUSH_PLUS_TAG_OPERATOR_OR)
                        .setItemsOperator(PushPlusTagOperator.PUSH_PLUS_TAG_OPERATOR_AND))
                .setPackageName("com.example.app")).build()).getPushId();
        JsonNode audience = JSON.readTree(state().push(pushId).orElseThrow().body()).get("audience");
        assertThat(audience.get("is_to_all").asBoolean()).isFalse();
        assertThat(audience.get("tag").toString()).isEqualTo("[\"vip\"]");
        assertThat(audience.get("tag_or").toString()).isEqualTo("[\"beijing\",\"shanghai\"]");
        assertThat(audience.get("packageName").asText()).isEqualTo("com.example.app");
        assertThat(audience.get("tagItems").toString()).isEqualTo(
                "[{\"tags\":[\"churned\"],\"isNot\":true,\"tagsOperator\":\"OR\",\"itemsOperator\":\"AND\"}]");
        assertThat(audience.has("userid")).isFalse();

        freshStatsWindow();
        assertUpstreamError(() -> push().getPushStatsById(GetPushStatsByIdRequest.newBuilder().setPushId("nope")
                .build()), Status.Code.NOT_FOUND, 1015);
    }

    @Test
    void pushPlusIsNeverRetriedOnceItMayHaveReachedRongCloud() {
        String path = "/push/custom.json";
        int before = emulator().requests().count(path);
        emulator().faults().add(path, FaultType.HTTP_ERROR, Duration.ZERO, 503, 1000, 1, 1.0);
        try {
            failure(() -> push().sendPushPlus(pushPlus(PushPlusAudience.newBuilder().setToAll(true)).build()));
            assertThat(emulator().requests().count(path)).as("one attempt only").isEqualTo(before + 1);
        } finally {
            emulator().faults().clear();
        }
    }

    @Test
    void pushPlusWhenTheServiceIsNotEnabledFailsWith1009() {
        state().setPushPlusEnabled(false);
        try {
            assertUpstreamError(() -> push().sendPushPlus(pushPlus(PushPlusAudience.newBuilder().setToAll(true))
                    .build()), Status.Code.FAILED_PRECONDITION, 1009);
        } finally {
            state().setPushPlusEnabled(true);
        }
    }

    @Test
    void pushPlusAndStatisticsRejectBadInput() {
        assertInvalidWithoutUpstreamCall(() -> push().sendPushPlus(SendPushPlusRequest.getDefaultInstance()),
                "platforms", "audience", "notification");
        assertInvalidWithoutUpstreamCall(() -> push().sendPushPlus(pushPlus(PushPlusAudience.newBuilder())
                .addPlatforms(Platform.PLATFORM_IOS).build()), "platforms", "audience");
        assertInvalidWithoutUpstreamCall(() -> push().sendPushPlus(pushPlus(PushPlusAudience.newBuilder()
                .setToAll(true).addTags("vip").addTagItems(PushPlusTagItem.newBuilder().setTagsOperatorValue(7)))
                .setNotification(PushPlusNotification.newBuilder().setAndroid(PushPlusAndroid.newBuilder()
                        .setHwImportance("HIGH").setVivoClassification(3))).build()),
                "audience", "audience.tag_items[0].tags", "audience.tag_items[0].tags_operator", "notification.alert",
                "notification.android.hw_importance", "notification.android.vivo_classification");
        assertInvalidWithoutUpstreamCall(() -> push().sendPushPlus(pushPlus(PushPlusAudience.newBuilder()
                .addUserIds("bad id")).addPlatforms(Platform.PLATFORM_UNSPECIFIED).build()),
                "platforms", "audience.user_ids[0]");
        assertInvalidWithoutUpstreamCall(() -> push().getPushStatsById(GetPushStatsByIdRequest.getDefaultInstance()),
                "push_id");
    }

    /** Runs last: it spends what is left of the gateway's Push Plus budget (20/hour) for this application run. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theGatewayRefusesPushPlusBeyondTwentyAnHourWithoutCallingRongCloud() {
        String path = "/push/custom.json";
        io.grpc.StatusRuntimeException refused = null;
        for (int i = 0; i < 21 && refused == null; i++) {
            int before = emulator().requests().count(path);
            try {
                push().sendPushPlus(pushPlus(PushPlusAudience.newBuilder().setToAll(true)).build());
                assertThat(emulator().requests().count(path)).isEqualTo(before + 1);
            } catch (io.grpc.StatusRuntimeException e) {
                refused = e;
                assertThat(emulator().requests().count(path)).as("refused before RongCloud").isEqualTo(before);
            }
        }
        assertThat(refused).as("refused within 21 sends").isNotNull();
        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(GatewayClient.errorInfo(refused).getReason()).isEqualTo("QUOTA_EXHAUSTED");
    }
}
