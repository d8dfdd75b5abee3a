package rongcloud.gateway.infra.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Row of mirror_user. */
@Entity
@Table(name = "mirror_user")
public class MirrorUserEntity extends PanacheEntityBase {
    @Id
    @Column(name = "user_id")
    public String userId;
    public String name;
    @Column(name = "portrait_uri")
    public String portraitUri;
    public boolean deactivated;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
