package rongcloud.gateway.infra.quota;

import jakarta.enterprise.context.ApplicationScoped;
import rongcloud.gateway.adapter.out.rest.RetryBudget;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.QuotaExhaustedException;

/**
 * Retries of idempotent calls spend quota like first attempts (one request's worth; retried paths are queries and
 * settings), waiting for it within the caller's deadline like any call; when it cannot be had the retry is not sent
 * and the caller gets the original failure.
 */
@ApplicationScoped
public class QuotaRetryBudget implements RetryBudget {
    private final SlidingLogQuotaGate gate;

    public QuotaRetryBudget(SlidingLogQuotaGate gate) {
        this.gate = gate;
    }

    @Override
    public boolean acquire(CallContext ctx, String path) {
        try {
            gate.acquire(ctx, QuotaCall.of(path));
            return true;
        } catch (QuotaExhaustedException | IllegalArgumentException e) {
            return false;
        }
    }
}
