package rongcloud.gateway.application.quota;

import rongcloud.gateway.domain.CallContext;

/**
 * Guards RongCloud's rate limits: services call {@link #acquire} right before each upstream call, one line
 * per method. It returns when the call may be sent, having spent its cost in every quota of the plan, or throws.
 */
public interface QuotaGate {
    /**
     * Waits (in weighted fair order among callers, up to the caller's deadline and the configured maximum) until the call's cost
     * fits every quota it counts against, and spends it.
     *
     * @throws rongcloud.gateway.domain.error.QuotaExhaustedException    the budget cannot come in time
     * @throws rongcloud.gateway.domain.error.InvalidArgumentException   the cost alone exceeds a limit (split the request)
     * @throws IllegalArgumentException                                  the path is not in the plan or a needed count is missing (a bug)
     */
    void acquire(CallContext ctx, QuotaCall call);
}
