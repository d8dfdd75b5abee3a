package rongcloud.gateway.adapter.in.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Context;
import org.junit.jupiter.api.Test;

class GrpcCallContextTest {

    @Test
    void theAuthenticatedCallerBecomesTheCallerIdAnonymousOtherwise() throws Exception {
        assertThat(GrpcCallContext.current().callerId()).isEqualTo("anonymous");
        String callerId = Context.current().withValue(GrpcCallContext.CALLER_ID, "reporting")
                .withValue(CallContextInterceptor.REQUEST_ID, "r-1")
                .call(() -> GrpcCallContext.current().callerId());
        assertThat(callerId).isEqualTo("reporting");
    }
}
