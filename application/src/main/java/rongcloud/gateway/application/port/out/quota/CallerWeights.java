package rongcloud.gateway.application.port.out.quota;

/**
 * A caller's weight for sharing contended quotas (fair shares): when several callers wait for one quota key,
 * each gets at least {@code weight / sum of the waiting callers' weights} of it. Unknown callers weigh 1.
 */
@FunctionalInterface
public interface CallerWeights {
    /** Every caller weighs 1. */
    CallerWeights EQUAL = callerId -> 1;

    /** The weight of {@code callerId} (the {@code CallContext.callerId()}), at least 1. */
    int weightOf(String callerId);
}
