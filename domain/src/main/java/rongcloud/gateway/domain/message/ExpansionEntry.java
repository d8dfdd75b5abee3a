package rongcloud.gateway.domain.message;

import java.time.Instant;

/** One extension key/value of a message and when it was set. */
public record ExpansionEntry(String key, String value, Instant updateTime) {
}
