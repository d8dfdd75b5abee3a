package rongcloud.gateway.infra.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** Key of mirror_membership and mirror_mute: (kind, group_id, user_id). */
@Embeddable
public class MemberKey implements Serializable {
    public String kind;
    @Column(name = "group_id")
    public String groupId;
    @Column(name = "user_id")
    public String userId;

    public MemberKey() {
    }

    public MemberKey(String kind, String groupId, String userId) {
        this.kind = kind;
        this.groupId = groupId;
        this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberKey k && Objects.equals(kind, k.kind) && Objects.equals(groupId, k.groupId)
                && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, groupId, userId);
    }
}
