package rongcloud.gateway.adapter.out.rest;

import rongcloud.gateway.domain.CallContext;

/**
 * The rate budget a retry needs: a retried request that RongCloud may have received (after a timeout, a reset, a
 * 5xx) counts against its rate limits like any other, so {@link RongCloudInvoker} asks for budget before sending it.
 * A retry after a connect failure needs none (the first request never arrived). Implemented in infra over the
 * quota gate; without an implementation retries are free, as outside CDI.
 */
public interface RetryBudget {
    RetryBudget NONE = (ctx, path) -> true;

    /** True when the retry of {@code path} may be sent; false when its budget cannot be had in time. */
    boolean acquire(CallContext ctx, String path);
}
