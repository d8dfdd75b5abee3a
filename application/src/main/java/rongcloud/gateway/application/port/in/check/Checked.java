package rongcloud.gateway.application.port.in.check;

import java.time.Duration;

/**
 * An answer of the check use cases with where it came from: {@code fromCache} when every piece was already cached
 * (false when this request waited for an upstream load, its own or a concurrent one), and the age of the oldest
 * piece it was computed from.
 */
public record Checked<T>(T value, boolean fromCache, Duration age) {
}
