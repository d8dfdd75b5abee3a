package rongcloud.gateway.domain.chatroom;

import java.time.Instant;
import java.util.Optional;

/** A chatroom custom attribute (KV) with its owner (last setter). */
public record ChatroomEntry(String key, String value, String userId, boolean autoDelete, Optional<Instant> lastSetTime) {
}
