package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rongcloud.gateway.application.port.out.persistence.OutboxStore;
import rongcloud.gateway.domain.error.StoreUnavailableException;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.outbox.Submission;
import rongcloud.gateway.domain.outbox.SubmissionKind;
import rongcloud.gateway.domain.outbox.SubmissionState;
import rongcloud.gateway.domain.outbox.SubmitCommand;

/**
 * {@link OutboxStore} on PostgreSQL.
 *
 * <p>Claiming: one transaction selects due rows {@code FOR UPDATE SKIP LOCKED} (rows another worker is claiming
 * right now are skipped, not waited for), then marks them DELIVERING with this worker's id, a fresh claim token
 * and {@code next_attempt_at = now + lease}, and commits. The delivery runs outside any transaction; its outcome
 * is written with {@code where claim_token = ?}, so an outcome arriving after the lease ended and another worker
 * re-claimed the row changes nothing. A DELIVERING row whose lease ended is due again (its worker died or hung).
 */
@ApplicationScoped
public class PanacheOutboxStore implements OutboxStore {
    private static final String DUE = "select id from outbox_submission"
            + " where state in ('PENDING', 'DELIVERING') and next_attempt_at <= :now"
            + " order by next_attempt_at limit :max for update skip locked";

    @Override
    public Stored submit(String id, String callerId, SubmitCommand c, Instant now) {
        try {
            return Store.tx("outbox submit", () -> {
                Optional<OutboxSubmissionEntity> known = byKey(callerId, c.idempotencyKey());
                if (known.isPresent()) {
                    return new Stored(toDomain(known.get()), false, known.get().requestHash);
                }
                OutboxSubmissionEntity e = new OutboxSubmissionEntity();
                e.id = id;
                e.callerId = callerId;
                e.idempotencyKey = c.idempotencyKey();
                e.requestHash = c.requestHash();
                e.kind = c.kind().name();
                e.payload = c.payload();
                e.dedupKey = c.dedupKey();
                e.state = SubmissionState.PENDING.name();
                e.attempts = 0;
                e.nextAttemptAt = now;
                e.createdAt = now;
                e.updatedAt = now;
                e.persistAndFlush();
                return new Stored(toDomain(e), true, e.requestHash);
            });
        } catch (StoreUnavailableException e) {
            // the same key submitted concurrently: the unique constraint let one in; answer with that one
            Optional<Stored> winner = Store.tx("outbox submit", () -> byKey(callerId, c.idempotencyKey())
                    .map(w -> new Stored(toDomain(w), false, w.requestHash)));
            return winner.orElseThrow(() -> e);
        }
    }

    private static Optional<OutboxSubmissionEntity> byKey(String callerId, String key) {
        return OutboxSubmissionEntity.find("callerId = ?1 and idempotencyKey = ?2", callerId, key).firstResultOptional();
    }

    @Override
    public Optional<Submission> find(String id) {
        return Store.tx("outbox read", () -> OutboxSubmissionEntity.<OutboxSubmissionEntity>findByIdOptional(id)
                .map(PanacheOutboxStore::toDomain));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(String workerId, int max, Duration lease, Instant now) {
        return Store.tx("outbox claim", () -> {
            List<String> ids = Panache.getEntityManager().createNativeQuery(DUE)
                    .setParameter("now", now).setParameter("max", max).getResultList();
            List<Claimed> claimed = new ArrayList<>(ids.size());
            for (String id : ids) {
                OutboxSubmissionEntity e = OutboxSubmissionEntity.findById(id);
                e.state = SubmissionState.DELIVERING.name();
                e.attempts++;
                e.claimedBy = workerId;
                e.claimToken = UUID.randomUUID().toString();
                e.nextAttemptAt = now.plus(lease);
                e.updatedAt = now;
                claimed.add(new Claimed(toDomain(e), e.payload, e.claimToken));
            }
            return claimed;
        });
    }

    @Override
    public boolean delivered(Claimed c, List<SentMessage> messages, Instant now) {
        StringBuilder ids = new StringBuilder();
        messages.forEach(m -> ids.append(m.targetId()).append(' ').append(m.messageUid()).append('\n'));
        return outcome(c, "state = 'DELIVERED', messageIds = ?3, failureCode = null, failureMessage = null,"
                + " claimToken = null, updatedAt = ?4", ids.toString(), now);
    }

    @Override
    public boolean retryLater(Claimed c, String code, String message, Instant nextAttempt, Instant now) {
        return outcome(c, "state = 'PENDING', failureCode = ?3, failureMessage = ?4, nextAttemptAt = ?5,"
                + " claimToken = null, updatedAt = ?6", code, clip(message), nextAttempt, now);
    }

    @Override
    public boolean failed(Claimed c, String code, String message, Instant now) {
        return outcome(c, "state = 'FAILED', failureCode = ?3, failureMessage = ?4, claimToken = null,"
                + " updatedAt = ?5", code, clip(message), now);
    }

    private boolean outcome(Claimed c, String set, Object... values) {
        Object[] params = new Object[values.length + 2];
        params[0] = c.submission().id();
        params[1] = c.claimToken();
        System.arraycopy(values, 0, params, 2, values.length);
        return Store.tx("outbox outcome", () -> OutboxSubmissionEntity.update(set
                + " where id = ?1 and claimToken = ?2 and state = 'DELIVERING'", params) == 1);
    }

    private static String clip(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    static Submission toDomain(OutboxSubmissionEntity e) {
        List<SentMessage> messages = e.messageIds == null || e.messageIds.isBlank() ? List.of()
                : Arrays.stream(e.messageIds.split("\n")).filter(l -> !l.isBlank())
                .map(l -> l.split(" ", 2)).map(p -> new SentMessage(p[0], p.length > 1 ? p[1] : "")).toList();
        return new Submission(e.id, e.callerId, e.idempotencyKey, SubmissionKind.valueOf(e.kind), e.dedupKey,
                SubmissionState.valueOf(e.state), e.attempts, e.createdAt, e.updatedAt, e.nextAttemptAt, messages,
                Optional.ofNullable(e.failureCode), Optional.ofNullable(e.failureMessage));
    }
}
