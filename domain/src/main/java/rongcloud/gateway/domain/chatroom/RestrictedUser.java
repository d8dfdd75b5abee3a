package rongcloud.gateway.domain.chatroom;

import java.time.Instant;
import java.util.Optional;

/** A user muted or banned, and when that ends. */
public record RestrictedUser(String userId, Optional<Instant> endTime) {
}
