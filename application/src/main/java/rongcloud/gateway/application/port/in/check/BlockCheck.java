package rongcloud.gateway.application.port.in.check;

import java.time.Instant;
import java.util.Optional;

/** Whether a user is blocked (banned) now, and until when. */
public record BlockCheck(String userId, boolean blocked, Optional<Instant> blockEndTime) {
}
