package rongcloud.gateway.adapter.in.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.QuotaFailure;
import com.google.rpc.RetryInfo;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.error.QuotaExhaustedException;

class GrpcErrorsQuotaTest {
    private final CallContext ctx = CallContext.of("req-1", "test");

    @Test
    void quotaExhaustedIsResourceExhaustedWithQuotaFailureAndRetryInfo() throws Exception {
        StatusRuntimeException e = GrpcErrors.toStatus(
                new QuotaExhaustedException("push-json", "2 requests per hour", Duration.ofMillis(1_234)), ctx);
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        assertThat(status.getCode()).isEqualTo(Code.RESOURCE_EXHAUSTED.getNumber());
        List<Any> details = status.getDetailsList();
        ErrorInfo info = details.get(0).unpack(ErrorInfo.class);
        assertThat(info.getReason()).isEqualTo("QUOTA_EXHAUSTED");
        assertThat(info.getDomain()).isEqualTo(GrpcErrors.DOMAIN);
        assertThat(info.getMetadataMap()).containsEntry("quotaSubject", "push-json").containsEntry("requestId", "req-1")
                .containsEntry("retryAfterMillis", "1234");
        QuotaFailure failure = details.get(1).unpack(QuotaFailure.class);
        assertThat(failure.getViolations(0).getSubject()).isEqualTo("push-json");
        assertThat(failure.getViolations(0).getDescription()).isEqualTo("2 requests per hour");
        RetryInfo retry = details.get(2).unpack(RetryInfo.class);
        assertThat(retry.getRetryDelay().getSeconds()).isEqualTo(1);
        assertThat(retry.getRetryDelay().getNanos()).isEqualTo(234_000_000);
    }

    @Test
    void aCostAboveTheLimitIsInvalidArgumentWithAFieldViolation() throws Exception {
        StatusRuntimeException e = GrpcErrors.toStatus(new InvalidArgumentException(List.of(new FieldViolation("user_ids",
                "carries 120 users but RongCloud's quota /user/deactivate.json allows 100 users per second; split the request"))), ctx);
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        assertThat(status.getCode()).isEqualTo(Code.INVALID_ARGUMENT.getNumber());
        BadRequest bad = status.getDetails(1).unpack(BadRequest.class);
        assertThat(bad.getFieldViolations(0).getField()).isEqualTo("user_ids");
    }
}
