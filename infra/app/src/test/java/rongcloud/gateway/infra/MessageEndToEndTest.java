package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.GrpcAssertions.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.GrpcAssertions.assertUpstreamError;
import static rongcloud.gateway.infra.GrpcAssertions.uid;

import com.google.protobuf.Struct;
import com.google.protobuf.Timestamp;
import com.google.protobuf.Value;
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
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.message.MessageState;
import rongcloud.emulator.message.MessageState.StoredMessage;
import rongcloud.gateway.proto.v1.CleanConversationHistoryRequest;
import rongcloud.gateway.proto.v1.CommandContent;
import rongcloud.gateway.proto.v1.ConversationType;
import rongcloud.gateway.proto.v1.CustomContent;
import rongcloud.gateway.proto.v1.DeleteMessageExpansionRequest;
import rongcloud.gateway.proto.v1.DeleteMessageHistoryLogRequest;
import rongcloud.gateway.proto.v1.DeliveryOptions;
import rongcloud.gateway.proto.v1.FileContent;
import rongcloud.gateway.proto.v1.GetMessageHistoryLogRequest;
import rongcloud.gateway.proto.v1.GetMessageHistoryLogResponse;
import rongcloud.gateway.proto.v1.ImageContent;
import rongcloud.gateway.proto.v1.ListMessageExpansionRequest;
import rongcloud.gateway.proto.v1.ListMessageExpansionResponse;
import rongcloud.gateway.proto.v1.LocationContent;
import rongcloud.gateway.proto.v1.Mention;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.MessageServiceGrpc;
import rongcloud.gateway.proto.v1.MessageServiceGrpc.MessageServiceBlockingStub;
import rongcloud.gateway.proto.v1.PushExt;
import rongcloud.gateway.proto.v1.PushSettings;
import rongcloud.gateway.proto.v1.RawContent;
import rongcloud.gateway.proto.v1.RecallMessageRequest;
import rongcloud.gateway.proto.v1.RichTextContent;
import rongcloud.gateway.proto.v1.SendGroupMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupMessageResponse;
import rongcloud.gateway.proto.v1.SendGroupStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateMessageResponse;
import rongcloud.gateway.proto.v1.SendPrivateStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateTemplateMessageResponse;
import rongcloud.gateway.proto.v1.SendUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.SenderInfo;
import rongcloud.gateway.proto.v1.SetMessageExpansionRequest;
import rongcloud.gateway.proto.v1.TemplateRecipient;
import rongcloud.gateway.proto.v1.TextContent;
import rongcloud.gateway.proto.v1.VoiceContent;

/**
 * Every MessageService RPC through gRPC → gateway → emulator over HTTP, asserting the typed response and what the
 * emulator recorded (recipients, content JSON, push settings); plus bad input that never reaches RongCloud and
 * upstream codes mapped to status + ErrorInfo.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class MessageEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static MessageServiceBlockingStub messages() {
        return client.stub(MessageServiceGrpc.newBlockingStub(client.channel));
    }

    private static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    private static MessageState state() {
        return emulator().state(MessageState.class);
    }

    private static MessageContent text(String text) {
        return MessageContent.newBuilder().setText(TextContent.newBuilder().setContent(text)).build();
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.newBuilder().setSeconds(i.getEpochSecond()).setNanos(i.getNano()).build();
    }

    private static StoredMessage stored(String uid) {
        return state().find(uid).orElseThrow(() -> new AssertionError("emulator has no message " + uid));
    }

    private static String sendPrivate(String from, String to, boolean expansion) {
        return messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder().setFromUserId(from).addToUserIds(to)
                .setContent(text("hi")).setExpansion(expansion).build()).getMessages(0).getMessageUid();
    }

    // ---- sends ----

    @Test
    void sendPrivateMessageDeliversTypedContentWithPushSettingsToEachRecipient() {
        String from = uid("s");
        String a = uid("a");
        String b = uid("b");
        SendPrivateMessageResponse r = messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder()
                .setFromUserId(from).addToUserIds(a).addToUserIds(b)
                .setContent(MessageContent.newBuilder().setText(TextContent.newBuilder().setContent("你好 \"quoted\"")
                        .setExtra("x").setUser(SenderInfo.newBuilder().setId(from).setName("Sender"))))
                .setPush(PushSettings.newBuilder().setPushContent("New message").setPushData("{\"k\":1}")
                        .setExt(PushExt.newBuilder().setTitle("Title").setForceShowPushContent(true)).setBadge(3))
                .setOptions(DeliveryOptions.newBuilder().setPersisted(false).setIncludeSender(true))
                .setExpansion(true).putExtraContent("status", "new")
                .build());

        assertThat(r.getMessagesList()).extracting(m -> m.getTargetId()).containsExactly(a, b);
        StoredMessage m = stored(r.getMessages(0).getMessageUid());
        assertThat(m.fromUserId()).isEqualTo(from);
        assertThat(m.recipients()).containsExactly(a);
        assertThat(m.objectName()).isEqualTo("RC:TxtMsg");
        JsonPath content = JsonPath.from(m.content());
        assertThat(content.getString("content")).isEqualTo("你好 \"quoted\"");
        assertThat(content.getString("extra")).isEqualTo("x");
        assertThat(content.getString("user.name")).isEqualTo("Sender");
        assertThat(m.param("pushContent")).isEqualTo("New message");
        assertThat(m.param("pushData")).isEqualTo("{\"k\":1}");
        assertThat(JsonPath.from(m.param("pushExt")).getString("title")).isEqualTo("Title");
        assertThat(JsonPath.from(m.param("pushExt")).getInt("forceShowPushContent")).isEqualTo(1);
        assertThat(m.param("count")).isEqualTo("3");
        assertThat(m.param("isPersisted")).isEqualTo("0");
        assertThat(m.param("isIncludeSender")).isEqualTo("1");
        assertThat(m.param("isCounted")).isNull();
        assertThat(state().expansion(m.messageUid())).containsOnlyKeys("status");
        assertThat(stored(r.getMessages(1).getMessageUid()).recipients()).containsExactly(b);
    }

    @Test
    void everyBuiltInTypeIsSerialisedWithRongCloudsFieldNames() {
        String from = uid("s");
        String to = uid("r");
        List<MessageContent> contents = List.of(
                MessageContent.newBuilder().setImage(ImageContent.newBuilder().setThumbnailBase64("AAA")
                        .setImageUri("https://img.example/a.jpg")).build(),
                MessageContent.newBuilder().setVoice(VoiceContent.newBuilder().setRemoteUrl("https://v.example/a.aac")
                        .setDurationSeconds(7)).build(),
                MessageContent.newBuilder().setFile(FileContent.newBuilder().setName("a.pdf").setSize(1024).setType("pdf")
                        .setFileUrl("https://f.example/a.pdf")).build(),
                MessageContent.newBuilder().setLocation(LocationContent.newBuilder().setLatitude(39.9).setLongitude(116.4)
                        .setPoi("Beijing")).build(),
                MessageContent.newBuilder().setRichText(RichTextContent.newBuilder().setTitle("T").setContent("C")
                        .setImageUri("https://img.example/b.png").setUrl("https://example.com")).build(),
                MessageContent.newBuilder().setCommand(CommandContent.newBuilder().setName("refresh").setData("{}")).build(),
                MessageContent.newBuilder().setCustom(CustomContent.newBuilder().setObjectName("App:Order")
                        .setContent(Struct.newBuilder().putFields("orderId", Value.newBuilder().setStringValue("o1").build())
                                .putFields("amount", Value.newBuilder().setNumberValue(12).build()))).build(),
                MessageContent.newBuilder().setRaw(RawContent.newBuilder().setObjectName("RC:GIFMsg")
                        .setJson("{\"remoteUrl\":\"https://g.example/a.gif\"}")).build());
        List<String> names = new ArrayList<>();
        List<JsonPath> json = new ArrayList<>();
        for (MessageContent c : contents) {
            String uid = messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder().setFromUserId(from)
                    .addToUserIds(to).setContent(c).build()).getMessages(0).getMessageUid();
            names.add(stored(uid).objectName());
            json.add(JsonPath.from(stored(uid).content()));
        }
        assertThat(names).containsExactly("RC:ImgMsg", "RC:HQVCMsg", "RC:FileMsg", "RC:LBSMsg", "RC:ImgTextMsg",
                "RC:CmdMsg", "App:Order", "RC:GIFMsg");
        assertThat(json.get(0).getString("imageUri")).isEqualTo("https://img.example/a.jpg");
        assertThat(json.get(0).getString("content")).isEqualTo("AAA");
        assertThat(json.get(1).getInt("duration")).isEqualTo(7);
        assertThat(json.get(1).getString("remoteUrl")).isEqualTo("https://v.example/a.aac");
        assertThat(json.get(2).getString("fileUrl")).isEqualTo("https://f.example/a.pdf");
        assertThat(json.get(2).getInt("size")).isEqualTo(1024);
        assertThat(json.get(3).getDouble("latitude")).isEqualTo(39.9);
        assertThat(json.get(3).getString("poi")).isEqualTo("Beijing");
        assertThat(json.get(4).getString("url")).isEqualTo("https://example.com");
        assertThat(json.get(5).getString("name")).isEqualTo("refresh");
        assertThat(json.get(6).getString("orderId")).isEqualTo("o1");
        assertThat(json.get(6).getInt("amount")).isEqualTo(12);
        assertThat(json.get(7).getString("remoteUrl")).isEqualTo("https://g.example/a.gif");
    }

    @Test
    void aRetriedSendWithTheSameDedupKeyIsDeliveredOnce() {
        String from = uid("s");
        String to = uid("r");
        SendPrivateMessageRequest request = SendPrivateMessageRequest.newBuilder().setFromUserId(from).addToUserIds(to)
                .setContent(text("once")).setDedupKey(424242L).build();
        String first = messages().sendPrivateMessage(request).getMessages(0).getMessageUid();
        String second = messages().sendPrivateMessage(request).getMessages(0).getMessageUid();
        assertThat(second).isEqualTo(first);
        assertThat(state().sentTo(to)).hasSize(1);
        assertThat(emulator().requests().last("/message/private/publish.json").param("msgRandom")).isEqualTo("424242");
    }

    @Test
    void sendPrivateTemplateMessageFillsEachRecipientsValues() {
        String from = uid("s");
        String a = uid("a");
        String b = uid("b");
        SendPrivateTemplateMessageResponse r = messages().sendPrivateTemplateMessage(SendPrivateTemplateMessageRequest
                .newBuilder().setFromUserId(from).setTemplate(text("Hello {name}, order {order}"))
                .addRecipients(TemplateRecipient.newBuilder().setUserId(a).putValues("{name}", "Tom")
                        .putValues("{order}", "1").setPushContent("{name}: new order"))
                .addRecipients(TemplateRecipient.newBuilder().setUserId(b).putValues("{name}", "Ann")
                        .putValues("{order}", "2").setPushContent("{name}: new order"))
                .build());
        assertThat(r.getMessagesList()).extracting(m -> m.getTargetId()).containsExactly(a, b);
        StoredMessage forA = stored(r.getMessages(0).getMessageUid());
        StoredMessage forB = stored(r.getMessages(1).getMessageUid());
        assertThat(JsonPath.from(forA.content()).getString("content")).isEqualTo("Hello Tom, order 1");
        assertThat(JsonPath.from(forB.content()).getString("content")).isEqualTo("Hello Ann, order 2");
        assertThat(forA.param("pushContent")).isEqualTo("Tom: new order");
        assertThat(forB.recipients()).containsExactly(b);
    }

    @Test
    void sendPrivateStatusMessageIsRecordedWithItsFlags() {
        String from = uid("s");
        String to = uid("r");
        String uid = messages().sendPrivateStatusMessage(SendPrivateStatusMessageRequest.newBuilder().setFromUserId(from)
                .addToUserIds(to).setContent(MessageContent.newBuilder().setCustom(CustomContent.newBuilder()
                        .setObjectName("App:Typing").setContent(Struct.getDefaultInstance())))
                .setVerifyBlacklist(true).build()).getMessages(0).getMessageUid();
        StoredMessage m = stored(uid);
        assertThat(m.path()).isEqualTo("/statusmessage/private/publish.json");
        assertThat(m.objectName()).isEqualTo("App:Typing");
        assertThat(m.param("verifyBlacklist")).isEqualTo("1");
        assertThat(m.recipients()).containsExactly(to);
    }

    @Test
    void sendGroupMessageWithMentionAndDirectedRecipients() {
        String from = uid("s");
        String group = uid("g");
        String member = uid("m");
        SendGroupMessageResponse r = messages().sendGroupMessage(SendGroupMessageRequest.newBuilder().setFromUserId(from)
                .addToGroupIds(group).addDirectedUserIds(member)
                .setContent(MessageContent.newBuilder().setText(TextContent.newBuilder().setContent("@m look")
                        .setMention(Mention.newBuilder().addUserIds(member).setMentionedContent("you were mentioned"))))
                .setPush(PushSettings.newBuilder().setPushContent("look")).build());
        assertThat(r.getMessages(0).getTargetId()).isEqualTo(group);
        StoredMessage m = stored(r.getMessages(0).getMessageUid());
        assertThat(m.conversationType()).isEqualTo(3);
        assertThat(m.recipients()).containsExactly(member);
        assertThat(m.param("isMentioned")).isEqualTo("1");
        JsonPath content = JsonPath.from(m.content());
        assertThat(content.getInt("mentionedInfo.type")).isEqualTo(2);
        assertThat(content.getList("mentionedInfo.userIdList", String.class)).containsExactly(member);
    }

    @Test
    void sendGroupStatusMessageGoesToEachGroup() {
        String from = uid("s");
        String g1 = uid("g");
        String g2 = uid("g");
        var r = messages().sendGroupStatusMessage(SendGroupStatusMessageRequest.newBuilder().setFromUserId(from)
                .addToGroupIds(g1).addToGroupIds(g2).setContent(text("typing")).build());
        assertThat(r.getMessagesList()).extracting(m -> m.getTargetId()).containsExactly(g1, g2);
        assertThat(state().sentTo(g2)).singleElement().satisfies(m -> {
            assertThat(m.path()).isEqualTo("/statusmessage/group/publish.json");
            assertThat(m.fromUserId()).isEqualTo(from);
        });
    }

    @Test
    void sendUltraGroupMessageRecordsTheChannel() {
        String from = uid("s");
        String group = uid("ug");
        var r = messages().sendUltraGroupMessage(SendUltraGroupMessageRequest.newBuilder().setFromUserId(from)
                .addToGroupIds(group).setChannelId("news").setContent(text("hello channel"))
                .setPush(PushSettings.newBuilder().setPushContent("hello"))
                .setOptions(DeliveryOptions.newBuilder().setCounted(false)).build());
        StoredMessage m = stored(r.getMessages(0).getMessageUid());
        assertThat(m.conversationType()).isEqualTo(10);
        assertThat(m.channel()).isEqualTo("news");
        assertThat(m.param("pushContent")).isEqualTo("hello");
        assertThat(m.param("isCounted")).isEqualTo("0");
    }

    // ---- expansions, recall, history ----

    @Test
    void setListAndDeleteMessageExpansion() {
        String from = uid("s");
        String to = uid("r");
        String msg = sendPrivate(from, to, true);
        messages().setMessageExpansion(SetMessageExpansionRequest.newBuilder().setMessageUid(msg).setUserId(from)
                .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setTargetId(to)
                .putEntries("likes", "3").putEntries("state", "read").build());
        assertThat(state().expansion(msg)).containsOnlyKeys("likes", "state");

        ListMessageExpansionResponse list = messages().listMessageExpansion(ListMessageExpansionRequest.newBuilder()
                .setMessageUid(msg).build());
        assertThat(list.getEntriesList()).extracting(e -> e.getKey() + "=" + e.getValue()).containsExactly("likes=3", "state=read");
        assertThat(list.getEntries(0).hasUpdateTime()).isTrue();
        assertThat(list.getNextPageToken()).isEmpty();

        messages().deleteMessageExpansion(DeleteMessageExpansionRequest.newBuilder().setMessageUid(msg).setUserId(from)
                .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setTargetId(to).addKeys("likes").build());
        assertThat(state().expansion(msg)).containsOnlyKeys("state");
        assertThat(messages().listMessageExpansion(ListMessageExpansionRequest.newBuilder().setMessageUid(msg).build())
                .getEntriesList()).extracting(e -> e.getKey()).containsExactly("state");
    }

    @Test
    void expansionOfAMessageSentWithoutExpansionIsRefusedUpstream() {
        String from = uid("s");
        String to = uid("r");
        String msg = sendPrivate(from, to, false);
        assertUpstreamError(() -> messages().setMessageExpansion(SetMessageExpansionRequest.newBuilder().setMessageUid(msg)
                .setUserId(from).setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setTargetId(to)
                .putEntries("k", "v").build()), Status.Code.INVALID_ARGUMENT, 1002);
    }

    @Test
    void recallMessageMarksTheMessageRecalled() {
        String from = uid("s");
        String to = uid("r");
        String msg = sendPrivate(from, to, false);
        messages().recallMessage(RecallMessageRequest.newBuilder().setFromUserId(from)
                .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setTargetId(to).setMessageUid(msg)
                .setSentTime(ts(stored(msg).sentTime())).setByAdmin(true).build());
        assertThat(state().recall(msg)).hasValueSatisfying(r -> {
            assertThat(r.fromUserId()).isEqualTo(from);
            assertThat(r.byAdmin()).isTrue();
        });
    }

    @Test
    void messageHistoryLogUrlAndDeletion() {
        Instant hour = Instant.now().minus(Duration.ofHours(3));
        GetMessageHistoryLogResponse log = messages().getMessageHistoryLog(GetMessageHistoryLogRequest.newBuilder()
                .setHour(ts(hour)).build());
        assertThat(log.getDate()).hasSize(10);
        assertThat(log.getUrl()).startsWith("https://").endsWith(log.getDate() + ".zip");
        assertThat(emulator().requests().last("/message/history.json").param("date")).isEqualTo(log.getDate());

        messages().deleteMessageHistoryLog(DeleteMessageHistoryLogRequest.newBuilder().setHour(ts(hour)).build());
        assertThat(state().deletedHistoryLogs()).contains(log.getDate());
        assertThat(messages().getMessageHistoryLog(GetMessageHistoryLogRequest.newBuilder().setHour(ts(hour)).build())
                .getUrl()).isEmpty();
    }

    @Test
    void historyLogWithoutTheServiceIsFailedPrecondition() {
        state().setHistoryLogEnabled(false);
        try {
            var info = assertUpstreamError(() -> messages().getMessageHistoryLog(GetMessageHistoryLogRequest.newBuilder()
                    .setHour(ts(Instant.now().minus(Duration.ofHours(3)))).build()), Status.Code.FAILED_PRECONDITION, 1009);
            assertThat(info.getMetadataMap()).containsEntry("upstreamPath", "/message/history.json");
        } finally {
            state().setHistoryLogEnabled(true);
        }
    }

    @Test
    void cleanConversationHistoryRecordsTheCleaning() {
        String from = uid("s");
        String to = uid("r");
        sendPrivate(from, to, false);
        messages().cleanConversationHistory(CleanConversationHistoryRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setUserId(to).setTargetId(from)
                .setBefore(ts(Instant.now().plusSeconds(60))).build());
        assertThat(state().cleanings()).filteredOn(c -> c.userId().equals(to)).singleElement().satisfies(c -> {
            assertThat(c.targetId()).isEqualTo(from);
            assertThat(c.removed()).isEqualTo(1);
            assertThat(c.beforeMillis()).isNotNull();
        });
        // without `before`, msgTimestamp is not sent: the whole conversation is cleaned
        messages().cleanConversationHistory(CleanConversationHistoryRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_GROUP).setUserId(to).setTargetId("g1").build());
        assertThat(emulator().requests().last("/conversation/message/history/clean.json").param("msgTimestamp")).isNull();
    }

    // ---- bad input: never reaches RongCloud ----

    @Test
    void badInputIsRejectedBeforeAnyUpstreamCall() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add("user" + i);
        }
        MessageContent hi = text("hi");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder()
                .setFromUserId("s").addAllToUserIds(many).setContent(hi).build()), "to_user_ids");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder()
                .setFromUserId("s").addToUserIds("r").setContent(text("x".repeat(140_000))).build()), "content");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder()
                .setFromUserId("s").addToUserIds("r").build()), "content");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder()
                .setFromUserId("s").addToUserIds("r").setContent(MessageContent.newBuilder().setCustom(CustomContent
                        .newBuilder().setObjectName("RC:Fake").setContent(Struct.getDefaultInstance()))).build()),
                "content.custom.object_name");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder()
                .setFromUserId("s").addToUserIds("r").setContent(MessageContent.newBuilder().setRaw(RawContent
                        .newBuilder().setObjectName("App:X").setJson("not json"))).build()), "content.raw.json");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateTemplateMessage(SendPrivateTemplateMessageRequest
                .newBuilder().setFromUserId("s").setTemplate(hi).addRecipients(TemplateRecipient.newBuilder().setUserId("a"))
                .addRecipients(TemplateRecipient.newBuilder().setUserId("a")).build()), "recipients[1].user_id");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateStatusMessage(SendPrivateStatusMessageRequest
                .newBuilder().addToUserIds("r").setContent(hi).build()), "from_user_id");
        assertInvalidWithoutUpstreamCall(() -> messages().sendGroupMessage(SendGroupMessageRequest.newBuilder()
                .setFromUserId("s").addToGroupIds("g1").addToGroupIds("g2").addToGroupIds("g3").addToGroupIds("g4")
                .setContent(hi).build()), "to_group_ids");
        assertInvalidWithoutUpstreamCall(() -> messages().sendGroupMessage(SendGroupMessageRequest.newBuilder()
                .setFromUserId("s").addToGroupIds("g1").addDirectedUserIds("m").setExpansion(true).setContent(hi).build()),
                "expansion");
        assertInvalidWithoutUpstreamCall(() -> messages().sendGroupStatusMessage(SendGroupStatusMessageRequest.newBuilder()
                .setFromUserId("s").addToGroupIds("g1").setContent(MessageContent.newBuilder().setImage(
                        ImageContent.newBuilder().setImageUri("not a url"))).build()), "content.image.image_uri");
        assertInvalidWithoutUpstreamCall(() -> messages().sendUltraGroupMessage(SendUltraGroupMessageRequest.newBuilder()
                .setFromUserId("s").addToGroupIds("ug").setChannelId("bad channel!").setContent(hi).build()), "channel_id");
        assertInvalidWithoutUpstreamCall(() -> messages().sendPrivateMessage(SendPrivateMessageRequest.newBuilder()
                .setFromUserId("s").addToUserIds("r").setContent(MessageContent.newBuilder().setText(TextContent.newBuilder()
                        .setContent("x").setMention(Mention.newBuilder().setAll(true)))).build()), "content.text.mention");
        assertInvalidWithoutUpstreamCall(() -> messages().setMessageExpansion(SetMessageExpansionRequest.newBuilder()
                .setMessageUid("m").setUserId("u").setConversationType(ConversationType.CONVERSATION_TYPE_CHATROOM)
                .setTargetId("t").putEntries("bad key!", "v").build()), "conversation_type", "entries[bad key!]");
        assertInvalidWithoutUpstreamCall(() -> messages().deleteMessageExpansion(DeleteMessageExpansionRequest.newBuilder()
                .setMessageUid("m").setUserId("u").setConversationType(ConversationType.CONVERSATION_TYPE_GROUP)
                .setTargetId("t").build()), "keys");
        assertInvalidWithoutUpstreamCall(() -> messages().listMessageExpansion(ListMessageExpansionRequest.newBuilder()
                .setMessageUid("m").setPageToken("forged").build()), "page_token");
        assertInvalidWithoutUpstreamCall(() -> messages().recallMessage(RecallMessageRequest.newBuilder()
                .setFromUserId("s").setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setTargetId("r")
                .setMessageUid("m").setChannelId("c1").build()), "sent_time", "channel_id");
        assertInvalidWithoutUpstreamCall(() -> messages().getMessageHistoryLog(GetMessageHistoryLogRequest.getDefaultInstance()),
                "hour");
        assertInvalidWithoutUpstreamCall(() -> messages().deleteMessageHistoryLog(
                DeleteMessageHistoryLogRequest.getDefaultInstance()), "hour");
        assertInvalidWithoutUpstreamCall(() -> messages().cleanConversationHistory(CleanConversationHistoryRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_ULTRA_GROUP).setUserId("u").setTargetId("t").build()),
                "conversation_type");
    }
}
