package rongcloud.gateway.domain.mirror;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The mute state of one group id as last written through the gateway (RongCloud's group mute APIs take any group
 * id, legacy or hosted), or of every group ({@link #EVERY_GROUP}: users muted in all groups).
 *
 * @param groupId     the group id, or {@link #EVERY_GROUP}
 * @param muteAll     whether all members are muted (always false for {@link #EVERY_GROUP})
 * @param memberMutes muted members and the end of their mute ({@link Instant#MAX}: permanent)
 * @param allowlist   users allowed to speak while all members are muted
 * @param updatedAt   the last write through the gateway of any of these
 */
public record MirroredGroupMutes(String groupId, boolean muteAll, Map<String, Instant> memberMutes,
                                 Set<String> allowlist, Instant updatedAt) {
    /** The key of the mutes that apply in every group. */
    public static final String EVERY_GROUP = "*";

    public MirroredGroupMutes {
        Objects.requireNonNull(groupId, "groupId");
        memberMutes = Map.copyOf(memberMutes);
        allowlist = Set.copyOf(allowlist);
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
