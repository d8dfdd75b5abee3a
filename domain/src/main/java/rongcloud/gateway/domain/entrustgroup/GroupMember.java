package rongcloud.gateway.domain.entrustgroup;

import java.time.Instant;
import java.util.Optional;

/** A member of a hosted group; role is null when RongCloud reports an unknown value. */
public record GroupMember(String userId, String nickname, GroupRole role, Optional<Instant> joinTime, String extra) {
}
