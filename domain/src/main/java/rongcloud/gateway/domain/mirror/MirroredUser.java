package rongcloud.gateway.domain.mirror;

import java.time.Instant;
import java.util.Optional;

/** A user as last written through the gateway (registration, profile updates, deactivation). */
public record MirroredUser(String userId, Optional<String> name, Optional<String> portraitUri, boolean deactivated,
                           Instant createdAt, Instant updatedAt) {
}
