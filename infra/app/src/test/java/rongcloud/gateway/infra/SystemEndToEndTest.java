package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.GrpcAssertions.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.GrpcAssertions.assertUpstreamError;
import static rongcloud.gateway.infra.GrpcAssertions.uid;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.message.MessageState;
import rongcloud.emulator.message.MessageState.StoredMessage;
import rongcloud.emulator.system.SystemState;
import rongcloud.gateway.proto.v1.AndroidPush;
import rongcloud.gateway.proto.v1.BroadcastOnlineMessageRequest;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageByPackageRequest;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageByTagRequest;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageRequest;
import rongcloud.gateway.proto.v1.IosPush;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.Platform;
import rongcloud.gateway.proto.v1.PushAudience;
import rongcloud.gateway.proto.v1.PushNotification;
import rongcloud.gateway.proto.v1.PushNotificationToAllRequest;
import rongcloud.gateway.proto.v1.PushNotificationToUsersRequest;
import rongcloud.gateway.proto.v1.PushSettings;
import rongcloud.gateway.proto.v1.RecallBroadcastMessageRequest;
import rongcloud.gateway.proto.v1.RecallSystemMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SystemServiceGrpc;
import rongcloud.gateway.proto.v1.SystemServiceGrpc.SystemServiceBlockingStub;
import rongcloud.gateway.proto.v1.TemplateRecipient;
import rongcloud.gateway.proto.v1.TextContent;

/**
 * Every SystemService RPC end to end, asserting what the emulator recorded (messages, pushes, recalls); the
 * broadcast budgets (2/hour, 3/calendar day, /push.json shared) and the disabled broadcast service; bad input.
 * Broadcast tests first move the emulator clock a day ahead so that each starts with fresh budgets.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class SystemEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    @BeforeEach
    void freshBroadcastBudgets() {
        emulator().clock().advance(Duration.ofHours(25));
    }

    private static SystemServiceBlockingStub system() {
        return client.stub(SystemServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static MessageState messages() {
        return emulator().state(MessageState.class);
    }

    private static SystemState pushes() {
        return emulator().state(SystemState.class);
    }

    private static MessageContent text(String text) {
        return MessageContent.newBuilder().setText(TextContent.newBuilder().setContent(text)).build();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static StoredMessage stored(String uid) {
        return messages().find(uid).orElseThrow(() -> new AssertionError("emulator has no message " + uid));
    }

    private static PushNotification notification(String alert) {
        return PushNotification.newBuilder().setAlert(alert).setTitle("T")
                .setIos(IosPush.newBuilder().setBadge(2).setThreadId("t1").putExtras("k", "v"))
                .setAndroid(AndroidPush.newBuilder().setAlert("android " + alert)).build();
    }

    @Test
    void sendSystemMessageThenRecallIt() {
        String from = uid("sys");
        String a = uid("a");
        var r = system().sendSystemMessage(SendSystemMessageRequest.newBuilder().setFromUserId(from).addToUserIds(a)
                .setContent(text("maintenance tonight")).setPush(PushSettings.newBuilder().setPushContent("maintenance"))
                .build());
        StoredMessage m = stored(r.getMessages(0).getMessageUid());
        assertThat(m.conversationType()).isEqualTo(6);
        assertThat(m.recipients()).containsExactly(a);
        assertThat(m.param("pushContent")).isEqualTo("maintenance");

        system().recallSystemMessage(RecallSystemMessageRequest.newBuilder().setFromUserId(from).setTargetId(a)
                .setMessageUid(m.messageUid()).setSentTime(ts(m.sentTime())).setDelete(true).build());
        assertThat(messages().recall(m.messageUid())).hasValueSatisfying(rc -> assertThat(rc.delete()).isTrue());
        assertThat(emulator().requests().last("/message/recall.json").param("conversationType")).isEqualTo("6");
    }

    @Test
    void sendSystemTemplateMessageFillsValues() {
        String from = uid("sys");
        String a = uid("a");
        var r = system().sendSystemTemplateMessage(SendSystemTemplateMessageRequest.newBuilder().setFromUserId(from)
                .setTemplate(text("Dear {n}")).addRecipients(TemplateRecipient.newBuilder().setUserId(a)
                        .putValues("{n}", "Li").setPushContent("{n}, news")).build());
        StoredMessage m = stored(r.getMessages(0).getMessageUid());
        assertThat(JsonPath.from(m.content()).getString("content")).isEqualTo("Dear Li");
        assertThat(m.param("pushContent")).isEqualTo("Li, news");
        assertThat(m.conversationType()).isEqualTo(6);
    }

    @Test
    void broadcastSystemMessageThenRecallItAndTheHourlyBudgetHolds() {
        String from = uid("sys");
        String uid1 = system().broadcastSystemMessage(BroadcastSystemMessageRequest.newBuilder().setFromUserId(from)
                .setContent(text("to everyone")).setPush(PushSettings.newBuilder().setPushContent("hello all")).build())
                .getMessageUid();
        StoredMessage m = stored(uid1);
        assertThat(m.targetId()).isEqualTo("*");
        assertThat(m.param("pushContent")).isEqualTo("hello all");

        system().recallBroadcastMessage(RecallBroadcastMessageRequest.newBuilder().setFromUserId(from)
                .setMessageUid(uid1).setSentTime(ts(m.sentTime())).build());
        assertThat(pushes().recalledBroadcasts()).contains(uid1);

        system().broadcastSystemMessage(BroadcastSystemMessageRequest.newBuilder().setFromUserId(from)
                .setContent(text("second")).build());
        var info = assertUpstreamError(() -> system().broadcastSystemMessage(BroadcastSystemMessageRequest.newBuilder()
                .setFromUserId(from).setContent(text("third within the hour")).build()), Status.Code.RESOURCE_EXHAUSTED, 1008);
        assertThat(info.getMetadataMap()).containsEntry("httpStatus", "429");
    }

    @Test
    void broadcastOnlineMessageIsRecorded() {
        String from = uid("sys");
        String uid = system().broadcastOnlineMessage(BroadcastOnlineMessageRequest.newBuilder().setFromUserId(from)
                .setContent(text("online now")).setDedupKey(7L).build()).getMessageUid();
        assertThat(stored(uid).path()).isEqualTo("/message/online/broadcast.json");
        assertThat(stored(uid).param("msgRandom")).isEqualTo("7");
    }

    @Test
    void pushNotificationToAllRecordsPlatformsAudienceAndNotification() {
        String pushId = system().pushNotificationToAll(PushNotificationToAllRequest.newBuilder()
                .addPlatforms(Platform.PLATFORM_IOS).addPlatforms(Platform.PLATFORM_ANDROID).setToAll(true)
                .setNotification(notification("sale")).build()).getPushId();
        SystemState.Push push = pushes().push(pushId).orElseThrow();
        assertThat(push.kind()).isEqualTo("all");
        assertThat(push.platforms()).containsExactly("ios", "android");
        JsonPath body = JsonPath.from(push.body());
        assertThat(body.getBoolean("audience.is_to_all")).isTrue();
        assertThat(body.getString("notification.alert")).isEqualTo("sale");
        assertThat(body.getInt("notification.ios.badge")).isEqualTo(2);
        assertThat(body.getString("notification.ios.thread-id")).isEqualTo("t1");
        assertThat(body.getString("notification.android.alert")).isEqualTo("android sale");
        assertThat(body.getString("message")).isNull();
    }

    @Test
    void broadcastByTagSendsAMessageAndAPush() {
        String from = uid("sys");
        var r = system().broadcastSystemMessageByTag(BroadcastSystemMessageByTagRequest.newBuilder()
                .addPlatforms(Platform.PLATFORM_ANDROID).setFromUserId(from)
                .setAudience(PushAudience.newBuilder().addTags("vip").addTagsOr("bj").addTagsOr("sh"))
                .setContent(text("vip offer")).setNotification(notification("offer")).build());
        SystemState.Push push = pushes().push(r.getPushId()).orElseThrow();
        assertThat(push.kind()).isEqualTo("tag");
        assertThat(push.messageUid()).isEqualTo(r.getMessageUid());
        JsonPath body = JsonPath.from(push.body());
        assertThat(body.getList("audience.tag", String.class)).containsExactly("vip");
        assertThat(body.getList("audience.tag_or", String.class)).containsExactly("bj", "sh");
        assertThat(body.getBoolean("audience.is_to_all")).isFalse();
        assertThat(body.getString("fromuserid")).isEqualTo(from);
        assertThat(JsonPath.from(stored(r.getMessageUid()).content()).getString("content")).isEqualTo("vip offer");
    }

    @Test
    void broadcastByPackageAndTheSharedPushBudget() {
        String from = uid("sys");
        var r = system().broadcastSystemMessageByPackage(BroadcastSystemMessageByPackageRequest.newBuilder()
                .addPlatforms(Platform.PLATFORM_IOS).setFromUserId(from).setPackageName("com.example.teacher")
                .setContent(text("for teachers")).build());
        SystemState.Push push = pushes().push(r.getPushId()).orElseThrow();
        assertThat(push.kind()).isEqualTo("package");
        assertThat(JsonPath.from(push.body()).getString("audience.packageName")).isEqualTo("com.example.teacher");
        assertThat(stored(r.getMessageUid()).objectName()).isEqualTo("RC:TxtMsg");

        // /push.json's 2/hour budget is shared by the three RPCs that use it
        system().pushNotificationToAll(PushNotificationToAllRequest.newBuilder().addPlatforms(Platform.PLATFORM_IOS)
                .setToAll(true).setNotification(notification("second")).build());
        assertUpstreamError(() -> system().broadcastSystemMessageByTag(BroadcastSystemMessageByTagRequest.newBuilder()
                .addPlatforms(Platform.PLATFORM_IOS).setFromUserId(from).setAudience(PushAudience.newBuilder().addTags("x"))
                .setContent(text("third")).build()), Status.Code.RESOURCE_EXHAUSTED, 1008);
    }

    @Test
    void broadcastsWithoutTheServiceAreFailedPrecondition() {
        pushes().setBroadcastEnabled(false);
        try {
            assertUpstreamError(() -> system().pushNotificationToAll(PushNotificationToAllRequest.newBuilder()
                    .addPlatforms(Platform.PLATFORM_IOS).setToAll(true).setNotification(notification("x")).build()),
                    Status.Code.FAILED_PRECONDITION, 1009);
        } finally {
            pushes().setBroadcastEnabled(true);
        }
    }

    @Test
    void pushNotificationToUsersRecordsTheNotification() {
        String a = uid("a");
        int before = pushes().pushes().size();
        system().pushNotificationToUsers(PushNotificationToUsersRequest.newBuilder().addUserIds(a)
                .setNotification(PushNotification.newBuilder().setAlert("your parcel").setTitle("Parcel")).build());
        List<SystemState.Push> all = pushes().pushes();
        assertThat(all).hasSize(before + 1);
        JsonPath body = JsonPath.from(all.get(all.size() - 1).body());
        assertThat(body.getList("userIds", String.class)).containsExactly(a);
        assertThat(body.getString("notification.pushContent")).isEqualTo("your parcel");
        assertThat(body.getString("notification.title")).isEqualTo("Parcel");
    }

    @Test
    void badInputIsRejectedBeforeAnyUpstreamCall() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add("user" + i);
        }
        MessageContent hi = text("hi");
        assertInvalidWithoutUpstreamCall(() -> system().sendSystemMessage(SendSystemMessageRequest.newBuilder()
                .setFromUserId("s").addAllToUserIds(many).setContent(hi).build()), "to_user_ids");
        assertInvalidWithoutUpstreamCall(() -> system().sendSystemTemplateMessage(SendSystemTemplateMessageRequest
                .newBuilder().setFromUserId("s").setTemplate(hi).build()), "recipients");
        assertInvalidWithoutUpstreamCall(() -> system().recallSystemMessage(RecallSystemMessageRequest.newBuilder()
                .setFromUserId("s").setTargetId("t").build()), "message_uid", "sent_time");
        assertInvalidWithoutUpstreamCall(() -> system().broadcastSystemMessage(BroadcastSystemMessageRequest.newBuilder()
                .setFromUserId("s").setContent(text("x".repeat(140_000))).build()), "content");
        assertInvalidWithoutUpstreamCall(() -> system().broadcastOnlineMessage(BroadcastOnlineMessageRequest.newBuilder()
                .setFromUserId("s").build()), "content");
        assertInvalidWithoutUpstreamCall(() -> system().pushNotificationToAll(PushNotificationToAllRequest.newBuilder()
                .setNotification(notification("x")).build()), "platforms", "audience");
        assertInvalidWithoutUpstreamCall(() -> system().broadcastSystemMessageByTag(BroadcastSystemMessageByTagRequest
                .newBuilder().addPlatforms(Platform.PLATFORM_IOS).setFromUserId("s").setContent(hi).build()), "audience");
        assertInvalidWithoutUpstreamCall(() -> system().broadcastSystemMessageByPackage(
                BroadcastSystemMessageByPackageRequest.newBuilder().addPlatforms(Platform.PLATFORM_IOS)
                        .addPlatforms(Platform.PLATFORM_IOS).setFromUserId("s").setContent(hi).build()),
                "platforms", "package_name");
        assertInvalidWithoutUpstreamCall(() -> system().recallBroadcastMessage(RecallBroadcastMessageRequest.newBuilder()
                .setMessageUid("m").setSentTime(ts(Instant.now())).build()), "from_user_id");
        assertInvalidWithoutUpstreamCall(() -> system().pushNotificationToUsers(PushNotificationToUsersRequest.newBuilder()
                .addUserIds("a").setNotification(PushNotification.newBuilder().setTitle("x".repeat(51))).build()),
                "notification.alert", "notification.title");
    }
}
