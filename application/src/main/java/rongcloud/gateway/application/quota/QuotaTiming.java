package rongcloud.gateway.application.quota;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How quota windows meet the clock.
 *
 * @param safetyMargin added to every window (a sliding window of W counts as W + margin; a grant within the
 *                     margin of midnight counts on both calendar days): covers the variation, between two
 *                     requests, of the delay from the grant to RongCloud's receipt (scheduling, network jitter)
 *                     plus the clock difference between gateway instances
 * @param zone         the data center's time zone, whose midnight resets calendar-day quotas
 */
public record QuotaTiming(Duration safetyMargin, ZoneId zone) {
    public QuotaTiming {
        Objects.requireNonNull(safetyMargin, "safetyMargin");
        Objects.requireNonNull(zone, "zone");
        if (safetyMargin.isNegative()) {
            throw new IllegalArgumentException("the quota safety margin cannot be negative");
        }
    }

    long marginMillis() {
        return safetyMargin.toMillis();
    }

    /** The calendar day (epoch day in the zone) of an instant. */
    long day(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone).toEpochDay();
    }

    /** The first instant of a calendar day in the zone. */
    long dayStart(long epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
