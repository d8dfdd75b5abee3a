package rongcloud.gateway.adapter.in.grpc;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import rongcloud.gateway.domain.CallContext;

/** Runs unary calls with the call's context, mapping failures to gRPC statuses. */
public final class GrpcCalls {
    private GrpcCalls() {
    }

    /** Runs {@code body} on the current thread (a worker thread: the service is {@code @Blocking}). */
    public static <T> Uni<T> unary(Function<CallContext, T> body) {
        CallContext ctx = GrpcCallContext.current();
        try {
            return Uni.createFrom().item(body.apply(ctx));
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(GrpcErrors.toStatus(e, ctx));
        }
    }

    /**
     * For a non-blocking service: builds the command ({@code input}, validation) and answers with {@code fast} on the
     * calling (event-loop) thread when it has an answer ({@code fast} must never block: no upstream call, no wait);
     * otherwise runs {@code slow} on a worker thread, on the call's Vert.x context as {@code @Blocking} would. The
     * {@link CallContext} (request id, caller, deadline) is read from the gRPC context on the calling thread, before
     * any switch.
     */
    public static <C, T> Uni<T> fastOrBlocking(Supplier<C> input, Function<C, Optional<T>> fast,
                                               BiFunction<CallContext, C, T> slow) {
        CallContext ctx = GrpcCallContext.current();
        C in;
        try {
            in = input.get();
            Optional<T> answer = fast.apply(in);
            if (answer.isPresent()) {
                return Uni.createFrom().item(answer.get());
            }
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(GrpcErrors.toStatus(e, ctx));
        }
        Context vertx = Vertx.currentContext();
        Uni<T> offloaded;
        if (vertx != null) {
            offloaded = Uni.createFrom().<T>emitter(em -> vertx.<T>executeBlocking(() -> slow.apply(ctx, in), false)
                    .onComplete(ar -> {
                        if (ar.succeeded()) {
                            em.complete(ar.result());
                        } else {
                            em.fail(ar.cause());
                        }
                    }));
        } else {
            offloaded = Uni.createFrom().item(() -> slow.apply(ctx, in)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        return offloaded.onFailure().transform(e -> GrpcErrors.toStatus(e, ctx));
    }
}
