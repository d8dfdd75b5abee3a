package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of mirror_membership. */
@Entity
@Table(name = "mirror_membership")
public class MirrorMembershipEntity extends PanacheEntityBase {
    @EmbeddedId
    public MemberKey key;
    @Column(name = "joined_at")
    public Instant joinedAt;
}
