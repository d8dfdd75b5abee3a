package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.group.GroupState;
import rongcloud.gateway.proto.v1.CreateGroupRequest;
import rongcloud.gateway.proto.v1.GroupMuteServiceGrpc;
import rongcloud.gateway.proto.v1.GroupMuteServiceGrpc.GroupMuteServiceBlockingStub;
import rongcloud.gateway.proto.v1.GroupServiceGrpc;
import rongcloud.gateway.proto.v1.GroupServiceGrpc.GroupServiceBlockingStub;

/** What the group and group-mute end-to-end tests share: the gateway client, stubs, ids and error assertions. */
abstract class GroupEndToEndSupport {
    static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    static GroupServiceBlockingStub groups() {
        return client.stub(GroupServiceGrpc.newBlockingStub(client.channel));
    }

    static GroupMuteServiceBlockingStub mutes() {
        return client.stub(GroupMuteServiceGrpc.newBlockingStub(client.channel));
    }

    static RongCloudEmulator emulator() {
        return EmulatorResource.emulator();
    }

    static GroupState state() {
        return emulator().state(GroupState.class);
    }

    static String uid() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Group ids: letters and digits only. */
    static String gid() {
        return "g" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static void createGroup(String groupId, String... userIds) {
        groups().createGroup(CreateGroupRequest.newBuilder().setGroupId(groupId).setGroupName("Name " + groupId)
                .addAllUserIds(List.of(userIds)).build());
    }

    static StatusRuntimeException failure(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("expected the call to fail").isNotNull();
        return e;
    }

    static void assertInvalidWithoutUpstreamCall(Runnable call, String... fields) {
        long before = emulator().requests().total();
        StatusRuntimeException e = failure(call);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GatewayClient.violatedFields(e)).containsExactlyInAnyOrder(fields);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("INVALID_REQUEST");
        assertThat(emulator().requests().total()).as("no upstream call").isEqualTo(before);
    }

    /** The call reached RongCloud (the emulator) and failed with {@code rongCloudCode}, mapped to {@code status}. */
    static void assertUpstreamError(Runnable call, Status.Code status, int rongCloudCode, String upstreamPath) {
        StatusRuntimeException e = failure(call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        ErrorInfo info = GatewayClient.errorInfo(e);
        assertThat(info.getReason()).isEqualTo("RONGCLOUD_" + rongCloudCode);
        assertThat(info.getMetadataMap()).containsEntry("rongcloudCode", Integer.toString(rongCloudCode))
                .containsEntry("upstreamPath", upstreamPath);
    }
}
