package rongcloud.gateway.domain.chatroom;

import java.time.Instant;
import java.util.Optional;

/** A chatroom member and when it joined. */
public record ChatroomMember(String userId, Optional<Instant> joinTime) {
}
