package rongcloud.gateway.domain.mirror;

import java.time.Instant;
import java.util.Optional;

/**
 * A membership as last written through the gateway.
 *
 * @param kind       legacy or hosted
 * @param groupId    the group
 * @param groupName  the group's mirrored name, if any
 * @param userId     the member
 * @param joinedAt   when the membership was written
 * @param mutedUntil end of a member mute written through the gateway (Instant.MAX when permanent), if any
 */
public record MirroredMember(GroupKind kind, String groupId, Optional<String> groupName, String userId,
                             Instant joinedAt, Optional<Instant> mutedUntil) {
}
