package rongcloud.gateway.domain.quota;

import java.time.Duration;
import java.util.Objects;

/**
 * The interval a quota rule counts over: a sliding second, minute, hour or day, or a calendar day (reset at
 * midnight in the data center's time zone, catalog {@code calendar: true}).
 *
 * @param length      the window's length (one day for a calendar day)
 * @param calendarDay true: counts per calendar day of the data center's zone instead of a sliding window
 */
public record Window(Duration length, boolean calendarDay) {
    public static final Window SECOND = new Window(Duration.ofSeconds(1), false);
    public static final Window MINUTE = new Window(Duration.ofMinutes(1), false);
    public static final Window HOUR = new Window(Duration.ofHours(1), false);
    public static final Window DAY = new Window(Duration.ofDays(1), false);
    public static final Window CALENDAR_DAY = new Window(Duration.ofDays(1), true);

    public Window {
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a quota window must be positive");
        }
        if (calendarDay && !length.equals(Duration.ofDays(1))) {
            throw new IllegalArgumentException("a calendar window is one day");
        }
    }

    /** The catalog's notation: 1s, 1m, 1h or 1d (sliding). */
    public static Window parse(String code) {
        return switch (code) {
            case "1s" -> SECOND;
            case "1m" -> MINUTE;
            case "1h" -> HOUR;
            case "1d" -> DAY;
            default -> throw new IllegalArgumentException("unknown quota window '" + code + "' (1s, 1m, 1h, 1d)");
        };
    }

    public long millis() {
        return length.toMillis();
    }

    /** The catalog's notation of the length: 1s, 1m, 1h, 1d. */
    public String code() {
        long s = length.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + "h";
        }
        if (s % 60 == 0) {
            return s / 60 + "m";
        }
        return length.toMillis() % 1000 == 0 ? s + "s" : length.toMillis() + "ms";
    }

    /** "second", "minute", "hour", "day", "calendar day", or "5s" for other lengths. */
    public String describe() {
        if (calendarDay) {
            return "calendar day";
        }
        return switch (code()) {
            case "1s" -> "second";
            case "1m" -> "minute";
            case "1h" -> "hour";
            case "1d" -> "day";
            default -> code();
        };
    }
}
