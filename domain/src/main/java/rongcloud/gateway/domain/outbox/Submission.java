package rongcloud.gateway.domain.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.message.SentMessage;

/**
 * A send queued in the durable outbox, as stored.
 *
 * @param id             the gateway's id of the submission (a UUID)
 * @param callerId       who submitted it (the delivery runs as this caller)
 * @param idempotencyKey the caller's key: a repeat with the same key returns this submission
 * @param kind           which send it is
 * @param dedupKey       RongCloud's msgRandom sent with every attempt, so a re-delivery is de-duplicated
 * @param state          where it is
 * @param attempts       delivery attempts started so far
 * @param createdAt      when it was committed
 * @param updatedAt      last change
 * @param nextAttemptAt  earliest next attempt (PENDING), or when the lease ends (DELIVERING)
 * @param messages       RongCloud's message ids once DELIVERED
 * @param failureCode    stable reason of the last failure (e.g. RONGCLOUD_1004, UPSTREAM_UNAVAILABLE), if any
 * @param failureMessage readable detail of the last failure, if any
 */
public record Submission(String id, String callerId, String idempotencyKey, SubmissionKind kind, long dedupKey,
                         SubmissionState state, int attempts, Instant createdAt, Instant updatedAt,
                         Instant nextAttemptAt, List<SentMessage> messages, Optional<String> failureCode,
                         Optional<String> failureMessage) {
    public Submission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        messages = List.copyOf(messages);
    }
}
