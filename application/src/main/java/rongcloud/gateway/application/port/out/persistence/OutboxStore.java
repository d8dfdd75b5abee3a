package rongcloud.gateway.application.port.out.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.outbox.Submission;
import rongcloud.gateway.domain.outbox.SubmitCommand;

/**
 * The durable outbox. Implementations commit before returning and throw
 * {@link rongcloud.gateway.domain.error.StoreUnavailableException} when the database cannot be used (nothing
 * half-written).
 */
public interface OutboxStore {

    /** The outcome of a submit: the stored submission and whether this call created it. */
    record Stored(Submission submission, boolean created, String requestHash) {
    }

    /** A submission claimed by one worker, with its payload and the claim's token (fences late outcomes). */
    record Claimed(Submission submission, byte[] payload, String claimToken) {
    }

    /**
     * Stores a new submission for {@code callerId}, or returns the one already stored under the caller's
     * idempotency key (with the request hash it was stored with).
     */
    Stored submit(String id, String callerId, SubmitCommand command, Instant now);

    Optional<Submission> find(String id);

    /**
     * Claims up to {@code max} due submissions (PENDING and due, or DELIVERING with an ended lease) for
     * {@code lease}, without waiting for rows other workers hold; each claim counts one attempt.
     */
    List<Claimed> claim(String workerId, int max, Duration lease, Instant now);

    /** Marks a claimed submission delivered; false when the claim was lost (lease ended and re-claimed). */
    boolean delivered(Claimed claimed, List<SentMessage> messages, Instant now);

    /** Puts a claimed submission back for another attempt at {@code nextAttempt}. */
    boolean retryLater(Claimed claimed, String code, String message, Instant nextAttempt, Instant now);

    /** Fails a claimed submission for good. */
    boolean failed(Claimed claimed, String code, String message, Instant now);
}
