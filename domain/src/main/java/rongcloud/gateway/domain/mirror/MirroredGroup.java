package rongcloud.gateway.domain.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A group as last written through the gateway.
 *
 * @param kind        legacy or hosted
 * @param groupId     the group id
 * @param name        the last name written, empty if none was
 * @param ownerId     the owner (hosted groups), if known
 * @param memberCount members added through the gateway and not removed since
 * @param muteAll     whether all members were muted through the gateway
 * @param muteAllowlist users allowed to speak while all members are muted (the mute-all allow list), by id
 * @param createdAt   first write through the gateway
 * @param updatedAt   last write through the gateway
 */
public record MirroredGroup(GroupKind kind, String groupId, Optional<String> name, Optional<String> ownerId,
                            long memberCount, boolean muteAll, List<String> muteAllowlist, Instant createdAt,
                            Instant updatedAt) {
    public MirroredGroup {
        muteAllowlist = List.copyOf(muteAllowlist);
    }
}
