package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of mirror_mute (group_id "*" = every group). */
@Entity
@Table(name = "mirror_mute")
public class MirrorMuteEntity extends PanacheEntityBase {
    @EmbeddedId
    public MemberKey key;
    @Column(name = "muted_until")
    public Instant mutedUntil;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
