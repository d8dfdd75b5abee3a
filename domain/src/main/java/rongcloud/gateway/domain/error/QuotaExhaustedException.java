package rongcloud.gateway.domain.error;

import java.time.Duration;
import java.util.Objects;

/**
 * RongCloud's quota for this call cannot be had before the caller's deadline (or the gateway's maximum wait):
 * the gateway did not call RongCloud. Retrying after {@link #retryAfter()} may succeed.
 */
public final class QuotaExhaustedException extends GatewayException {
    private final String subject;
    private final String rule;
    private final Duration retryAfter;

    /**
     * @param subject    the quota: the upstream path or the pool, with the scope value of a sub-limit
     * @param rule       the limit that blocks, in words (e.g. "100 users per second")
     * @param retryAfter when the budget is expected back, from now
     */
    public QuotaExhaustedException(String subject, String rule, Duration retryAfter) {
        super("RongCloud quota " + subject + " (" + rule + ") is used up; retry in " + retryAfter.toMillis() + " ms");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public String subject() { return subject; }
    public String rule() { return rule; }
    public Duration retryAfter() { return retryAfter; }
}
