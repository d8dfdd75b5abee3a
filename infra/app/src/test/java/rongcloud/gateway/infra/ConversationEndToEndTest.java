package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.GrpcAssertions.assertInvalidWithoutUpstreamCall;
import static rongcloud.gateway.infra.GrpcAssertions.uid;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.conversation.ConversationState;
import rongcloud.gateway.proto.v1.ConversationServiceGrpc;
import rongcloud.gateway.proto.v1.ConversationServiceGrpc.ConversationServiceBlockingStub;
import rongcloud.gateway.proto.v1.ConversationType;
import rongcloud.gateway.proto.v1.SetConversationTopRequest;

/** ConversationService end to end: pinning recorded by the emulator, and bad input that never reaches it. */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class ConversationEndToEndTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static ConversationServiceBlockingStub conversations() {
        return client.stub(ConversationServiceGrpc.newBlockingStub(client.channel));
    }

    private static ConversationState state() {
        return EmulatorResource.emulator().state(ConversationState.class);
    }

    @Test
    void setConversationTopPinsAndUnpins() {
        String user = uid("u");
        String group = uid("g");
        SetConversationTopRequest pin = SetConversationTopRequest.newBuilder().setUserId(user)
                .setConversationType(ConversationType.CONVERSATION_TYPE_GROUP).setTargetId(group).setPinned(true).build();
        conversations().setConversationTop(pin);
        assertThat(state().isPinned(user, 3, group)).isTrue();
        assertThat(EmulatorResource.emulator().requests().last("/conversation/top/set.json").param("setTop")).isEqualTo("true");

        conversations().setConversationTop(pin.toBuilder().setPinned(false).build());
        assertThat(state().isPinned(user, 3, group)).isFalse();
    }

    @Test
    void badInputIsRejectedBeforeAnyUpstreamCall() {
        assertInvalidWithoutUpstreamCall(() -> conversations().setConversationTop(SetConversationTopRequest.newBuilder()
                .setUserId("u").setConversationType(ConversationType.CONVERSATION_TYPE_CHATROOM)
                .setTargetId("x".repeat(65)).build()), "conversation_type", "target_id");
        assertInvalidWithoutUpstreamCall(() -> conversations().setConversationTop(SetConversationTopRequest.newBuilder()
                .setConversationType(ConversationType.CONVERSATION_TYPE_PRIVATE).setTargetId("t").build()), "user_id");
    }
}
