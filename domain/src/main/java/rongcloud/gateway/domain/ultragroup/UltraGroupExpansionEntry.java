package rongcloud.gateway.domain.ultragroup;

import java.time.Instant;
import java.util.Optional;

/** One extension key of a message with its value and version time. */
public record UltraGroupExpansionEntry(String key, String value, Optional<Instant> setTime) {
}
