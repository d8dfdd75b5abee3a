package rongcloud.gateway.domain.group;

import java.time.Instant;
import java.util.Optional;

/** A muted user: when the mute started and when it ends (empty for a permanent mute). */
public record MutedGroupMember(String userId, Optional<Instant> startTime, Optional<Instant> endTime) {
}
