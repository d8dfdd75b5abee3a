package rongcloud.gateway.adapter.out.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** RongCloud writes date-times as {@code yyyy-MM-dd HH:mm:ss} in the data center's time zone. */
public final class RongCloudTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private RongCloudTimes() {
    }

    /** Empty for a missing, blank or unparsable value (RongCloud leaves some of them empty). */
    public static Optional<Instant> parse(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(value.trim(), FORMAT).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
