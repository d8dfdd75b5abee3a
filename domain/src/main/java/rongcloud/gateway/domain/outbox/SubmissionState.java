package rongcloud.gateway.domain.outbox;

/** Life of a queued submission. */
public enum SubmissionState {
    /** Committed, waiting for its first or next attempt (after a transient failure). */
    PENDING,
    /** Claimed by a worker until its lease ends; a lease that ends without an outcome makes it claimable again. */
    DELIVERING,
    /** RongCloud accepted the send; the message ids are known. Final. */
    DELIVERED,
    /** A permanent failure, or the attempts ran out; the reason is kept. Final. */
    FAILED
}
