package rongcloud.gateway.domain.entrustgroup;

import java.time.Instant;
import java.util.Optional;

/** A hosted group a user has joined: the group, the user's alias for it, join time and role (null if unknown). */
public record JoinedGroup(EntrustGroup group, String remarkName, Optional<Instant> joinTime, GroupRole role) {
}
