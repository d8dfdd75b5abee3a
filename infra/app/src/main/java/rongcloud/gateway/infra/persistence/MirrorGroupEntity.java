package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of mirror_group. */
@Entity
@Table(name = "mirror_group")
public class MirrorGroupEntity extends PanacheEntityBase {
    @EmbeddedId
    public GroupKey key;
    public String name;
    @Column(name = "owner_id")
    public String ownerId;
    @Column(name = "mute_all")
    public boolean muteAll;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
