package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of mirror_mute_allow: a user allowed to speak in a group muted for all. */
@Entity
@Table(name = "mirror_mute_allow")
public class MirrorMuteAllowEntity extends PanacheEntityBase {
    @EmbeddedId
    public MemberKey key;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
