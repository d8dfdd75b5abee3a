package rongcloud.gateway.adapter.in.grpc;

import io.smallrye.mutiny.Uni;
import java.util.function.Function;
import rongcloud.gateway.domain.CallContext;

/** Runs one unary call on the current (worker) thread with the call's context, mapping failures to gRPC statuses. */
public final class GrpcCalls {
    private GrpcCalls() {
    }

    public static <T> Uni<T> unary(Function<CallContext, T> body) {
        CallContext ctx = GrpcCallContext.current();
        try {
            return Uni.createFrom().item(body.apply(ctx));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(GrpcErrors.toStatus(e, ctx));
        }
    }
}
