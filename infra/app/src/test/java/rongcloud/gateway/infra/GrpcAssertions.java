package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.UUID;

/** Assertions the area end-to-end tests share: failures, invalid input that never reaches RongCloud, upstream codes. */
final class GrpcAssertions {
    private GrpcAssertions() {
    }

    static String uid(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static StatusRuntimeException failure(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("expected the call to fail").isNotNull();
        return e;
    }

    /** INVALID_ARGUMENT naming exactly {@code fields}, and no request reached the emulator. */
    static void assertInvalidWithoutUpstreamCall(Runnable call, String... fields) {
        long before = EmulatorResource.emulator().requests().total();
        StatusRuntimeException e = failure(call);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GatewayClient.violatedFields(e)).containsExactlyInAnyOrder(fields);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("INVALID_REQUEST");
        assertThat(EmulatorResource.emulator().requests().total()).as("no upstream call").isEqualTo(before);
    }

    /** The call fails with {@code status} and ErrorInfo RONGCLOUD_{code}. */
    static ErrorInfo assertUpstreamError(Runnable call, Status.Code status, int code) {
        StatusRuntimeException e = failure(call);
        assertThat(e.getStatus().getCode()).isEqualTo(status);
        ErrorInfo info = GatewayClient.errorInfo(e);
        assertThat(info.getReason()).isEqualTo("RONGCLOUD_" + code);
        return info;
    }
}
