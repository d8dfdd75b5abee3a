package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of journal_entry. */
@Entity
@Table(name = "journal_entry")
public class JournalEntryEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "caller_id")
    public String callerId;
    public String operation;
    /** "|a|b|": a target filter is one LIKE '%|id|%'. */
    @Column(name = "target_ids")
    public String targetIds;
    @Column(name = "request_id")
    public String requestId;
    public boolean succeeded;
    @Column(name = "rongcloud_code")
    public Integer rongCloudCode;
    @Column(name = "error_reason")
    public String errorReason;
    @Column(name = "latency_micros")
    public long latencyMicros;
}
