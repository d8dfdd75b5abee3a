package rongcloud.gateway.infra.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Key of mirror_group: (kind, group_id). */
@Embeddable
public class GroupKey implements Serializable {
    public String kind;
    @Column(name = "group_id")
    public String groupId;

    public GroupKey() {
    }

    public GroupKey(String kind, String groupId) {
        this.kind = kind;
        this.groupId = groupId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupKey k && Objects.equals(kind, k.kind) && Objects.equals(groupId, k.groupId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, groupId);
    }
}
