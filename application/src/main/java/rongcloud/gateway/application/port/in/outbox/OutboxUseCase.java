package rongcloud.gateway.application.port.in.outbox;

import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.outbox.Submission;
import rongcloud.gateway.domain.outbox.SubmitCommand;

/** Queued sends: committed first, delivered later by the outbox workers. */
public interface OutboxUseCase {

    /**
     * Commits the submission (or returns the caller's earlier one with the same idempotency key).
     *
     * @throws rongcloud.gateway.domain.error.ConflictException         the key was used for a different request
     * @throws rongcloud.gateway.domain.error.StoreUnavailableException the database cannot be used
     */
    Submission submit(CallContext ctx, SubmitCommand command);

    /** @throws rongcloud.gateway.domain.error.NotFoundException no such submission */
    Submission get(CallContext ctx, String id);
}
