package rongcloud.gateway.application.service.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import rongcloud.gateway.application.port.out.persistence.OutboxDelivery;
import rongcloud.gateway.application.port.out.persistence.OutboxStore;
import rongcloud.gateway.application.port.out.persistence.OutboxStore.Claimed;
import rongcloud.gateway.application.service.recording.Failures;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.SentMessage;

/**
 * One outbox worker: claims due submissions (the store skips rows other workers hold, so any number of workers
 * in any number of instances drain one outbox), delivers each through {@link OutboxDelivery} (the same use case
 * as the direct RPC, as the submitting caller), and records the outcome: DELIVERED with RongCloud's message ids;
 * a transient failure (see {@link Failures#isTransient}) back to PENDING after an exponential backoff with
 * jitter, until {@code maxAttempts}; anything else FAILED with its reason.
 *
 * <p>Crash safety: a claim is a lease. A worker that dies mid-delivery leaves the row DELIVERING until the lease
 * ends; another worker then claims it again and re-sends with the same dedup key (RongCloud's msgRandom), so
 * RongCloud drops the duplicate if the first attempt had reached it. Late outcomes of a lost claim are ignored
 * (the claim token fences them).
 */
public final class OutboxDrainer {
    private static final Logger LOG = Logger.getLogger(OutboxDrainer.class.getName());

    /** Tuning of a worker. */
    public record Settings(int batchSize, Duration lease, Duration baseBackoff, Duration maxBackoff, int maxAttempts) {
    }

    private final String workerId;
    private final OutboxStore store;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final Settings settings;

    public OutboxDrainer(String workerId, OutboxStore store, OutboxDelivery delivery, Clock clock, Settings settings) {
        this.workerId = workerId;
        this.store = store;
        this.delivery = delivery;
        this.clock = clock;
        this.settings = settings;
    }

    /** Claims and delivers one batch; returns how many submissions it handled (0 when none was due). */
    public int drainOnce() {
        List<Claimed> batch = store.claim(workerId, settings.batchSize(), settings.lease(), clock.instant());
        for (Claimed claimed : batch) {
            deliver(claimed);
        }
        return batch.size();
    }

    /** Drains until nothing is due; returns how many were handled. */
    public int drainAll() {
        int total = 0;
        for (int n = drainOnce(); n > 0; n = drainOnce()) {
            total += n;
        }
        return total;
    }

    private void deliver(Claimed claimed) {
        var s = claimed.submission();
        String compact = s.id().replace("-", "");
        CallContext ctx = CallContext.of("ob-" + compact.substring(0, Math.min(24, compact.length())) + "-"
                + s.attempts(), s.callerId());
        List<SentMessage> sent;
        try {
            sent = delivery.deliver(ctx, s.kind(), claimed.payload());
        } catch (RuntimeException failure) {
            String code = Failures.reason(failure);
            String message = Failures.describe(failure);
            Instant now = clock.instant();
            if (Failures.isTransient(failure) && s.attempts() < settings.maxAttempts()) {
                Instant next = now.plus(backoff(s.attempts()));
                LOG.log(Level.INFO, () -> "outbox " + s.id() + " attempt " + s.attempts() + " failed (" + code
                        + "), retrying at " + next);
                store.retryLater(claimed, code, message, next, now);
            } else {
                LOG.log(Level.WARNING, () -> "outbox " + s.id() + " failed for good after " + s.attempts()
                        + " attempt(s): " + code + " " + message);
                store.failed(claimed, code, message, now);
            }
            return;
        }
        if (!store.delivered(claimed, sent, clock.instant())) {
            LOG.warning(() -> "outbox " + s.id() + " delivered after its claim was lost; the other worker's "
                    + "attempt is de-duplicated by its dedup key " + s.dedupKey());
        }
    }

    /** base * 2^(attempt-1), capped, with up to 20% jitter so retries of a burst spread out. */
    Duration backoff(int attempt) {
        long base = settings.baseBackoff().toMillis();
        long exp = base << Math.min(Math.max(attempt - 1, 0), 20);
        long capped = Math.min(exp, settings.maxBackoff().toMillis());
        long jitter = capped / 5 == 0 ? 0 : ThreadLocalRandom.current().nextLong(capped / 5);
        return Duration.ofMillis(capped + jitter);
    }
}
