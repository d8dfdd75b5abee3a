package rongcloud.gateway.infra;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.rpc.RetryInfo;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A plain gRPC client of the gateway, as a caller in another language would have, plus error-detail helpers. */
final class GatewayClient implements AutoCloseable {
    static final Metadata.Key<String> REQUEST_ID = Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);

    final ManagedChannel channel;
    final AtomicReference<Metadata> lastHeaders = new AtomicReference<>();
    final AtomicReference<Metadata> lastTrailers = new AtomicReference<>();

    GatewayClient(int port) {
        channel = ManagedChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    <S extends io.grpc.stub.AbstractStub<S>> S stub(S stub) {
        return stub.withInterceptors(MetadataUtils.newCaptureMetadataInterceptor(lastHeaders, lastTrailers))
                .withDeadlineAfter(10, TimeUnit.SECONDS);
    }

    /** The x-request-id the gateway returned for the last call (headers on success, trailers on error). */
    String lastRequestId() {
        Metadata h = lastHeaders.get();
        if (h != null && h.get(REQUEST_ID) != null) {
            return h.get(REQUEST_ID);
        }
        Metadata t = lastTrailers.get();
        return t == null ? null : t.get(REQUEST_ID);
    }

    static ErrorInfo errorInfo(StatusRuntimeException e) {
        return detail(e, ErrorInfo.class).orElseThrow(() -> new AssertionError("no ErrorInfo in " + e));
    }

    static List<String> violatedFields(StatusRuntimeException e) {
        return detail(e, BadRequest.class).orElseThrow(() -> new AssertionError("no BadRequest in " + e))
                .getFieldViolationsList().stream().map(BadRequest.FieldViolation::getField).toList();
    }

    static Optional<RetryInfo> retryInfo(StatusRuntimeException e) {
        return detail(e, RetryInfo.class);
    }

    static <T extends com.google.protobuf.Message> Optional<T> detail(StatusRuntimeException e, Class<T> type) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            return Optional.empty();
        }
        for (com.google.protobuf.Any any : status.getDetailsList()) {
            if (any.is(type)) {
                try {
                    return Optional.of(any.unpack(type));
                } catch (InvalidProtocolBufferException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    }
}
