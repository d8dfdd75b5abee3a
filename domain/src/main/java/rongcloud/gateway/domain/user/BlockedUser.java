package rongcloud.gateway.domain.user;

import java.time.Instant;

/** A banned user and the end of the ban. */
public record BlockedUser(String userId, Instant blockEndTime) {
}
