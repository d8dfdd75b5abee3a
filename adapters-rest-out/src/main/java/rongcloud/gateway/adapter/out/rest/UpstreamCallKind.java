package rongcloud.gateway.adapter.out.rest;

/**
 * What a RongCloud call does, for timeouts and retries: the ONE place that decides whether a call may be sent
 * twice. Each area adapter passes the kind of each call to {@link RongCloudInvoker#call}; calls without a kind
 * are {@link #MUTATION} (the safe default: never repeated once it may have reached RongCloud).
 *
 * <p>Rule for choosing: a call is idempotent when sending it twice leaves RongCloud in the same state and gives
 * the same answer as sending it once (reads; "set X to Y", "add to set", "remove from set"). Anything that
 * creates something new, counts, issues a token, returns an operation id, or delivers a message is not.
 */
public enum UpstreamCallKind {
    /** Reads (query*, get*, check*, list*): idempotent; timeout class {@code query}. */
    QUERY(true, TimeoutClass.QUERY),
    /** Idempotent settings (set/refresh/block/unblock/add-to/remove-from): retried; timeout class {@code mutation}. */
    SETTING(true, TimeoutClass.MUTATION),
    /** Non-idempotent changes (create, issue a token, start an operation): retried only on connect failure. */
    MUTATION(false, TimeoutClass.MUTATION),
    /** Message sends to users or groups: retried only on connect failure; timeout class {@code send}. */
    SEND(false, TimeoutClass.SEND),
    /** Broadcasts and pushes to everyone: retried only on connect failure; timeout class {@code broadcast}. */
    BROADCAST(false, TimeoutClass.BROADCAST);

    /** Timeout classes, each with its own configurable answer timeout per attempt. */
    public enum TimeoutClass { QUERY, MUTATION, SEND, BROADCAST }

    private final boolean idempotent;
    private final TimeoutClass timeoutClass;

    UpstreamCallKind(boolean idempotent, TimeoutClass timeoutClass) {
        this.idempotent = idempotent;
        this.timeoutClass = timeoutClass;
    }

    /** True when the call may be repeated after it may have reached RongCloud (timeout, 5xx, reset). */
    public boolean idempotent() {
        return idempotent;
    }

    public TimeoutClass timeoutClass() {
        return timeoutClass;
    }
}
