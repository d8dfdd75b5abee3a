package rongcloud.gateway.adapter.in.grpc;

import io.grpc.Context;
import io.grpc.Deadline;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import rongcloud.gateway.domain.CallContext;

/** Builds the domain's {@link CallContext} from the current gRPC call. */
public final class GrpcCallContext {
    static final String ANONYMOUS = "anonymous";

    private GrpcCallContext() {
    }

    public static CallContext current() {
        Context grpc = Context.current();
        String requestId = CallContextInterceptor.REQUEST_ID.get(grpc);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        Deadline deadline = grpc.getDeadline();
        Optional<Instant> until = deadline == null ? Optional.empty()
                : Optional.of(Instant.now().plusMillis(deadline.timeRemaining(TimeUnit.MILLISECONDS)));
        return new CallContext(requestId, ANONYMOUS, until);
    }
}
