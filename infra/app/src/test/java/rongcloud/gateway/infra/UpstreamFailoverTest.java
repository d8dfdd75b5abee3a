package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.ResourceArg;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import rongcloud.gateway.proto.v1.CheckUserOnlineRequest;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;

/**
 * The configured primary host refuses connections: calls go to the backup (the emulator) and succeed; the
 * backup then stays preferred. With no reachable host at all the caller gets UNAVAILABLE, never a fake success.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = EmulatorResource.DEAD_PRIMARY, value = "true"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpstreamFailoverTest {

    @Test
    @Order(1)
    void connectFailureFailsOverToTheBackupHost() throws Exception {
        try (GatewayClient client = new GatewayClient(EmulatorResource.grpcPort())) {
            var users = client.stub(UserServiceGrpc.newBlockingStub(client.channel));
            long before = EmulatorResource.emulator().requests().count("/user/getToken.json");
            var r = users.registerUser(RegisterUserRequest.newBuilder().setUserId("failover1").setName("F").build());
            assertThat(r.getToken()).isNotBlank();
            assertThat(EmulatorResource.emulator().requests().count("/user/getToken.json")).isEqualTo(before + 1);
            // the backup is preferred now: the next call goes there directly and succeeds
            users.checkUserOnline(CheckUserOnlineRequest.newBuilder().setUserId("failover1").build());
        }
    }

    @Test
    @Order(2)
    void noReachableHostIsUnavailable() throws Exception {
        try (GatewayClient client = new GatewayClient(EmulatorResource.grpcPort())) {
            var users = client.stub(UserServiceGrpc.newBlockingStub(client.channel));
            EmulatorResource.emulator().close();
            StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                    () -> users.checkUserOnline(CheckUserOnlineRequest.newBuilder().setUserId("x").build()));
            assertThat(e).isNotNull();
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("UPSTREAM_UNAVAILABLE");
            assertThat(GatewayClient.retryInfo(e)).isPresent();
        }
    }
}
