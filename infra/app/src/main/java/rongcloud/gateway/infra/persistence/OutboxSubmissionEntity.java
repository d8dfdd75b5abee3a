package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of outbox_submission. */
@Entity
@Table(name = "outbox_submission")
public class OutboxSubmissionEntity extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "caller_id")
    public String callerId;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    public String kind;
    public byte[] payload;
    @Column(name = "dedup_key")
    public long dedupKey;
    public String state;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "claimed_by")
    public String claimedBy;
    @Column(name = "claim_token")
    public String claimToken;
    /** One "targetId uid" line per message once DELIVERED. */
    @Column(name = "message_ids")
    public String messageIds;
    @Column(name = "failure_code")
    public String failureCode;
    @Column(name = "failure_message")
    public String failureMessage;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
