package rongcloud.gateway.adapter.in.grpc;

import io.grpc.Context;
import io.grpc.Deadline;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import rongcloud.gateway.domain.CallContext;

/** Builds the domain's {@link CallContext} from the current gRPC call. */
public final class GrpcCallContext {
    static final String ANONYMOUS = "anonymous";
    /** The authenticated caller's name, set by {@link CallerAuthInterceptor}; absent when authentication is off. */
    static final Context.Key<String> CALLER_ID = Context.key("rongcloud-gateway-caller-id");

    private GrpcCallContext() {
    }

    public static CallContext current() {
        Context grpc = Context.current();
        String requestId = CallContextInterceptor.REQUEST_ID.get(grpc);
        if (requestId == null) {
            requestId = RequestIds.random();
        }
        Deadline deadline = grpc.getDeadline();
        Optional<Instant> until = deadline == null ? Optional.empty()
                : Optional.of(Instant.now().plusMillis(deadline.timeRemaining(TimeUnit.MILLISECONDS)));
        String callerId = CALLER_ID.get(grpc);
        return new CallContext(requestId, callerId == null ? ANONYMOUS : callerId, until);
    }
}
