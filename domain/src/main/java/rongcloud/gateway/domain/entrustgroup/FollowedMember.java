package rongcloud.gateway.domain.entrustgroup;

import java.time.Instant;
import java.util.Optional;

/** A member followed by another member, and when the follow was set. */
public record FollowedMember(String userId, Optional<Instant> followTime) {
}
