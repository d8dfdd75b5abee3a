package rongcloud.gateway.application.service.outbox;

import java.time.Clock;
import java.util.UUID;
import rongcloud.gateway.application.port.in.outbox.OutboxUseCase;
import rongcloud.gateway.application.port.out.persistence.OutboxStore;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.ConflictException;
import rongcloud.gateway.domain.error.NotFoundException;
import rongcloud.gateway.domain.outbox.Submission;
import rongcloud.gateway.domain.outbox.SubmitCommand;

/** Commits queued sends; the {@link OutboxDrainer}s deliver them. */
public final class OutboxService implements OutboxUseCase {
    private final OutboxStore store;
    private final Clock clock;

    public OutboxService(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Submission submit(CallContext ctx, SubmitCommand command) {
        OutboxStore.Stored stored = store.submit(UUID.randomUUID().toString(), ctx.callerId(), command, clock.instant());
        if (!stored.created() && !stored.requestHash().equals(command.requestHash())) {
            throw new ConflictException("IDEMPOTENCY_KEY_REUSED", "idempotency key '" + command.idempotencyKey()
                    + "' was already used for a different request (submission " + stored.submission().id() + ")");
        }
        return stored.submission();
    }

    @Override
    public Submission get(CallContext ctx, String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("submission", "no submission " + id));
    }
}
