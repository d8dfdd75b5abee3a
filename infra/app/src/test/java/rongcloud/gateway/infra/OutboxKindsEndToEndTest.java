package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.failure;
import static rongcloud.gateway.infra.EndToEnd.uid;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.message.MessageState;
import rongcloud.emulator.message.MessageState.StoredMessage;
import rongcloud.gateway.proto.v1.ChatroomServiceGrpc;
import rongcloud.gateway.proto.v1.CreateChatroomRequest;
import rongcloud.gateway.proto.v1.GetSubmissionRequest;
import rongcloud.gateway.proto.v1.ImageContent;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.OutboxServiceGrpc;
import rongcloud.gateway.proto.v1.PushSettings;
import rongcloud.gateway.proto.v1.SendChatroomMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.SentMessage;
import rongcloud.gateway.proto.v1.SubmitChatroomMessageRequest;
import rongcloud.gateway.proto.v1.SubmitGroupStatusMessageRequest;
import rongcloud.gateway.proto.v1.SubmitPrivateStatusMessageRequest;
import rongcloud.gateway.proto.v1.SubmitPrivateTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SubmitSystemTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SubmitUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.Submission;
import rongcloud.gateway.proto.v1.SubmissionKind;
import rongcloud.gateway.proto.v1.SubmissionState;
import rongcloud.gateway.proto.v1.TemplateRecipient;
import rongcloud.gateway.proto.v1.TextContent;

/**
 * The outbox's other kinds (private and system template, private and group status, ultra-group, chatroom sends) against a
 * real PostgreSQL and the emulator: for each, an idempotent submit delivered once through the direct RPC's use
 * case (the emulator's stored message checked: path, target, content, msgRandom = the submission's dedup key),
 * and bad input refused like the direct RPC with nothing written; a chatroom that does not exist ends FAILED.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class OutboxKindsEndToEndTest {
    static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    static OutboxServiceGrpc.OutboxServiceBlockingStub outbox() {
        return client.stub(OutboxServiceGrpc.newBlockingStub(client.channel));
    }

    static MessageState messages() {
        return EmulatorResource.emulator().state(MessageState.class);
    }

    static MessageContent text(String text) {
        return MessageContent.newBuilder().setText(TextContent.newBuilder().setContent(text)).build();
    }

    static Submission get(String id) {
        return outbox().getSubmission(GetSubmissionRequest.newBuilder().setId(id).build());
    }

    static Submission await(String id, Predicate<Submission> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Submission s = get(id);
        while (!done.test(s) && System.nanoTime() < deadline) {
            sleep(50);
            s = get(id);
        }
        assertThat(done.test(s)).as("submission %s reached the expected state in time: %s", id, s).isTrue();
        return s;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Rows stored under an idempotency key (any caller), read straight from the database. */
    static int rowsWithKey(String key) {
        try (Connection c = DriverManager.getConnection(TestDatabase.directUrl());
             PreparedStatement s = c.prepareStatement(
                     "select count(*) from outbox_submission where idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] storedPayload(String id) {
        try (Connection c = DriverManager.getConnection(TestDatabase.directUrl());
             PreparedStatement s = c.prepareStatement("select payload from outbox_submission where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Submits twice with one key (same submission), waits for DELIVERED after exactly one attempt, checks that
     * each target got exactly one message on {@code path} carrying the dedup key as msgRandom and that the
     * submission reports the emulator's message ids; a repeat after delivery sends nothing more.
     *
     * @return the stored message per target, in the order of {@code targets}
     */
    static List<StoredMessage> deliveredOnce(Supplier<Submission> submit, SubmissionKind kind, String path,
                                             List<String> targets) {
        Submission first = submit.get();
        assertThat(first.getKind()).isEqualTo(kind);
        assertThat(first.getDedupKey()).as("a dedup key is assigned").isNotZero();
        assertThat(submit.get().getId()).as("a repeat answers the first submission").isEqualTo(first.getId());

        Submission done = await(first.getId(), s -> s.getState() == SubmissionState.SUBMISSION_STATE_DELIVERED,
                Duration.ofSeconds(10));
        assertThat(done.getAttempts()).isEqualTo(1);
        assertThat(done.getKind()).isEqualTo(kind);
        List<StoredMessage> stored = new ArrayList<>();
        for (String target : targets) {
            List<StoredMessage> got = messages().sentTo(target).stream().filter(m -> m.path().equals(path)).toList();
            assertThat(got).as("messages to %s on %s", target, path).hasSize(1);
            assertThat(got.get(0).param("msgRandom")).isEqualTo(Long.toString(first.getDedupKey()));
            stored.add(got.get(0));
        }
        assertThat(done.getMessagesList()).extracting(SentMessage::getTargetId)
                .containsExactlyElementsOf(targets);
        assertThat(done.getMessagesList()).extracting(SentMessage::getMessageUid)
                .containsExactlyElementsOf(stored.stream().map(StoredMessage::messageUid).toList());

        assertThat(submit.get().getId()).isEqualTo(first.getId());
        sleep(300);
        for (String target : targets) {
            assertThat(messages().sentTo(target).stream().filter(m -> m.path().equals(path)))
                    .as("still one message to %s", target).hasSize(1);
        }
        return stored;
    }

    /** INVALID_ARGUMENT naming {@code fields} under "message.", and no row under the key. */
    static void refusedAndNothingWritten(String key, Runnable submit, String... fields) {
        StatusRuntimeException e = failure(submit);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("INVALID_REQUEST");
        assertThat(GatewayClient.violatedFields(e)).containsExactlyInAnyOrder(fields);
        assertThat(rowsWithKey(key)).as("nothing committed under %s", key).isZero();
    }

    static String content(StoredMessage m) {
        return JsonPath.from(m.content()).getString("content");
    }

    // ---- private template ----

    @Test
    void aPrivateTemplateSubmitIsDeliveredOnceWithEachRecipientsValues() {
        String from = uid();
        String a = uid();
        String b = uid();
        SendPrivateTemplateMessageRequest m = SendPrivateTemplateMessageRequest.newBuilder().setFromUserId(from)
                .setTemplate(text("Hello {name}, order {order}"))
                .addRecipients(TemplateRecipient.newBuilder().setUserId(a).putValues("{name}", "Tom")
                        .putValues("{order}", "1").setPushContent("{name}: new order"))
                .addRecipients(TemplateRecipient.newBuilder().setUserId(b).putValues("{name}", "Ann")
                        .putValues("{order}", "2").setPushContent("{name}: new order"))
                .build();
        String key = "tpl-" + uid();
        List<StoredMessage> stored = deliveredOnce(() -> outbox().submitPrivateTemplateMessage(
                        SubmitPrivateTemplateMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(m).build()),
                SubmissionKind.SUBMISSION_KIND_PRIVATE_TEMPLATE_MESSAGE, "/message/private/publish_template.json",
                List.of(a, b));
        assertThat(stored.get(0).fromUserId()).isEqualTo(from);
        assertThat(content(stored.get(0))).isEqualTo("Hello Tom, order 1");
        assertThat(content(stored.get(1))).isEqualTo("Hello Ann, order 2");
        assertThat(stored.get(1).param("pushContent")).isEqualTo("Ann: new order");
    }

    @Test
    void aBadPrivateTemplateSubmitIsRefusedAndNothingIsWritten() {
        String key = "tpl-bad-" + uid();
        refusedAndNothingWritten(key, () -> outbox().submitPrivateTemplateMessage(
                SubmitPrivateTemplateMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(
                        SendPrivateTemplateMessageRequest.newBuilder().setFromUserId(uid()).setTemplate(text("hi"))
                                .addRecipients(TemplateRecipient.newBuilder().setUserId("a"))
                                .addRecipients(TemplateRecipient.newBuilder().setUserId("a"))).build()),
                "message.recipients[1].user_id");
    }

    // ---- system template ----

    @Test
    void aSystemTemplateSubmitIsDeliveredOnceAsASystemMessage() {
        String from = uid();
        String to = uid();
        String key = "stpl-" + uid();
        SendSystemTemplateMessageRequest m = SendSystemTemplateMessageRequest.newBuilder().setFromUserId(from)
                .setTemplate(text("Dear {n}")).addRecipients(TemplateRecipient.newBuilder().setUserId(to)
                        .putValues("{n}", "Li").setPushContent("{n}, news")).build();
        StoredMessage stored = deliveredOnce(() -> outbox().submitSystemTemplateMessage(
                        SubmitSystemTemplateMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(m).build()),
                SubmissionKind.SUBMISSION_KIND_SYSTEM_TEMPLATE_MESSAGE, "/message/system/publish_template.json",
                List.of(to)).get(0);
        assertThat(stored.conversationType()).isEqualTo(6);
        assertThat(stored.fromUserId()).isEqualTo(from);
        assertThat(content(stored)).isEqualTo("Dear Li");
        assertThat(stored.param("pushContent")).isEqualTo("Li, news");
    }

    @Test
    void aBadSystemTemplateSubmitIsRefusedAndNothingIsWritten() {
        String key = "stpl-bad-" + uid();
        refusedAndNothingWritten(key, () -> outbox().submitSystemTemplateMessage(
                SubmitSystemTemplateMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(
                        SendSystemTemplateMessageRequest.newBuilder().setFromUserId(uid()).setTemplate(text("hi")))
                        .build()),
                "message.recipients");
    }

    // ---- private status ----

    @Test
    void aPrivateStatusSubmitIsDeliveredOnceWithItsFlags() {
        String from = uid();
        String to = uid();
        String key = "pst-" + uid();
        SendPrivateStatusMessageRequest m = SendPrivateStatusMessageRequest.newBuilder().setFromUserId(from)
                .addToUserIds(to).setContent(text("typing")).setVerifyBlacklist(true).build();
        StoredMessage stored = deliveredOnce(() -> outbox().submitPrivateStatusMessage(
                        SubmitPrivateStatusMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(m).build()),
                SubmissionKind.SUBMISSION_KIND_PRIVATE_STATUS_MESSAGE, "/statusmessage/private/publish.json",
                List.of(to)).get(0);
        assertThat(stored.fromUserId()).isEqualTo(from);
        assertThat(stored.recipients()).containsExactly(to);
        assertThat(content(stored)).isEqualTo("typing");
        assertThat(stored.param("verifyBlacklist")).isEqualTo("1");
    }

    @Test
    void aBadPrivateStatusSubmitIsRefusedAndNothingIsWritten() {
        String key = "pst-bad-" + uid();
        refusedAndNothingWritten(key, () -> outbox().submitPrivateStatusMessage(
                SubmitPrivateStatusMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(
                        SendPrivateStatusMessageRequest.newBuilder().addToUserIds(uid()).setContent(text("hi")))
                        .build()),
                "message.from_user_id");
        refusedAndNothingWritten(key, () -> outbox().submitPrivateStatusMessage(
                SubmitPrivateStatusMessageRequest.newBuilder().setIdempotencyKey(key).build()), "message");
    }

    // ---- group status ----

    @Test
    void aGroupStatusSubmitIsDeliveredOnceToEachGroup() {
        String from = uid();
        String g1 = uid();
        String g2 = uid();
        String key = "gst-" + uid();
        SendGroupStatusMessageRequest m = SendGroupStatusMessageRequest.newBuilder().setFromUserId(from)
                .addToGroupIds(g1).addToGroupIds(g2).setContent(text("typing in the group")).setIncludeSender(true)
                .build();
        List<StoredMessage> stored = deliveredOnce(() -> outbox().submitGroupStatusMessage(
                        SubmitGroupStatusMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(m).build()),
                SubmissionKind.SUBMISSION_KIND_GROUP_STATUS_MESSAGE, "/statusmessage/group/publish.json",
                List.of(g1, g2));
        assertThat(stored).allSatisfy(s -> {
            assertThat(s.conversationType()).isEqualTo(3);
            assertThat(s.fromUserId()).isEqualTo(from);
            assertThat(content(s)).isEqualTo("typing in the group");
            assertThat(s.param("isIncludeSender")).isEqualTo("1");
        });
    }

    @Test
    void aBadGroupStatusSubmitIsRefusedAndNothingIsWritten() {
        String key = "gst-bad-" + uid();
        refusedAndNothingWritten(key, () -> outbox().submitGroupStatusMessage(
                SubmitGroupStatusMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(
                        SendGroupStatusMessageRequest.newBuilder().setFromUserId(uid()).addToGroupIds(uid())
                                .setContent(MessageContent.newBuilder().setImage(
                                        ImageContent.newBuilder().setImageUri("not a url")))).build()),
                "message.content.image.image_uri");
    }

    // ---- ultra group ----

    @Test
    void anUltraGroupSubmitIsDeliveredOnceToItsChannelAndStoresTheRequestsBytes() throws Exception {
        String from = uid();
        String group = uid();
        String key = "ug-" + uid();
        SendUltraGroupMessageRequest m = SendUltraGroupMessageRequest.newBuilder().setFromUserId(from)
                .addToGroupIds(group).setChannelId("news").setContent(text("hello channel"))
                .setPush(PushSettings.newBuilder().setPushContent("hello")).build();
        List<String> ids = new ArrayList<>();
        StoredMessage stored = deliveredOnce(() -> {
                    Submission s = outbox().submitUltraGroupMessage(SubmitUltraGroupMessageRequest.newBuilder()
                            .setIdempotencyKey(key).setMessage(m).build());
                    ids.add(s.getId());
                    return s;
                }, SubmissionKind.SUBMISSION_KIND_ULTRA_GROUP_MESSAGE, "/message/ultragroup/publish.json",
                List.of(group)).get(0);
        assertThat(stored.conversationType()).isEqualTo(10);
        assertThat(stored.fromUserId()).isEqualTo(from);
        assertThat(stored.channel()).isEqualTo("news");
        assertThat(content(stored)).isEqualTo("hello channel");
        assertThat(stored.param("pushContent")).isEqualTo("hello");
        // the payload is the caller's request with the assigned dedup key, as protobuf bytes
        Submission s = get(ids.get(0));
        assertThat(SendUltraGroupMessageRequest.parseFrom(storedPayload(s.getId())))
                .isEqualTo(m.toBuilder().setDedupKey(s.getDedupKey()).build());
    }

    @Test
    void aBadUltraGroupSubmitIsRefusedAndNothingIsWritten() {
        String key = "ug-bad-" + uid();
        refusedAndNothingWritten(key, () -> outbox().submitUltraGroupMessage(
                SubmitUltraGroupMessageRequest.newBuilder().setIdempotencyKey(key).setMessage(
                        SendUltraGroupMessageRequest.newBuilder().setFromUserId(uid()).addToGroupIds(uid())
                                .setChannelId("bad channel!").setContent(text("hi"))).build()),
                "message.channel_id");
    }

    // ---- chatroom ----

    static String chatroom() {
        String id = uid();
        client.stub(ChatroomServiceGrpc.newBlockingStub(client.channel))
                .createChatroom(CreateChatroomRequest.newBuilder().setChatroomId(id).build());
        return id;
    }

    @Test
    void aChatroomSubmitWithTheCallersDedupKeyIsDeliveredOnceToEachChatroom() {
        String from = uid();
        String a = chatroom();
        String b = chatroom();
        String key = "cr-" + uid();
        long dedup = 1_000_000L + (System.nanoTime() & 0xFFFFFF);
        SendChatroomMessageRequest m = SendChatroomMessageRequest.newBuilder().setFromUserId(from)
                .addToChatroomIds(a).addToChatroomIds(b).setContent(text("hello rooms")).setPersisted(false)
                .setDedupKey(dedup).build();
        List<StoredMessage> stored = deliveredOnce(() -> {
                    Submission s = outbox().submitChatroomMessage(SubmitChatroomMessageRequest.newBuilder()
                            .setIdempotencyKey(key).setMessage(m).build());
                    assertThat(s.getDedupKey()).as("the caller's dedup key is kept").isEqualTo(dedup);
                    return s;
                }, SubmissionKind.SUBMISSION_KIND_CHATROOM_MESSAGE, "/message/chatroom/publish.json", List.of(a, b));
        assertThat(stored).allSatisfy(s -> {
            assertThat(s.conversationType()).isEqualTo(4);
            assertThat(s.fromUserId()).isEqualTo(from);
            assertThat(content(s)).isEqualTo("hello rooms");
            assertThat(s.param("isPersisted")).isEqualTo("0");
            assertThat(s.param("msgRandom")).isEqualTo(Long.toString(dedup));
        });
    }

    @Test
    void aBadChatroomSubmitIsRefusedAndNothingIsWritten() {
        String key = "cr-bad-" + uid();
        SendChatroomMessageRequest.Builder eleven = SendChatroomMessageRequest.newBuilder();
        for (int i = 0; i < 11; i++) {
            eleven.addToChatroomIds("room" + i);
        }
        refusedAndNothingWritten(key, () -> outbox().submitChatroomMessage(SubmitChatroomMessageRequest.newBuilder()
                        .setIdempotencyKey(key).setMessage(eleven).build()),
                "message.from_user_id", "message.to_chatroom_ids", "message.content");
    }

    @Test
    void aChatroomThatDoesNotExistEndsFailedWithItsReasonAfterOneAttempt() {
        String room = uid(); // never created: RongCloud answers 23410, a permanent failure
        Submission s = outbox().submitChatroomMessage(SubmitChatroomMessageRequest.newBuilder()
                .setIdempotencyKey("cr-missing-" + uid()).setMessage(SendChatroomMessageRequest.newBuilder()
                        .setFromUserId(uid()).addToChatroomIds(room).setContent(text("anyone?"))).build());
        Submission failed = await(s.getId(), x -> x.getState() == SubmissionState.SUBMISSION_STATE_FAILED,
                Duration.ofSeconds(10));
        assertThat(failed.getFailureReason()).isEqualTo("RONGCLOUD_23410");
        assertThat(failed.getFailureMessage()).isNotBlank();
        assertThat(failed.getAttempts()).as("not retried").isEqualTo(1);
        assertThat(failed.getMessagesList()).isEmpty();
        sleep(300);
        assertThat(get(s.getId()).getState()).as("final").isEqualTo(SubmissionState.SUBMISSION_STATE_FAILED);
        assertThat(messages().sentTo(room)).isEmpty();
    }
}
