package rongcloud.gateway.domain.quota;

import java.util.Objects;
import java.util.Optional;

/**
 * One limit RongCloud enforces: at most {@code limit} units per window. A scoped rule is a sub-limit that
 * applies per value of its scope (e.g. {@code per-channel}: per ultra group and channel) or only to some calls
 * (e.g. {@code group-conversations}).
 *
 * @param limit  units allowed per window, at least 1 (0 only as an instance's share when the share rounds down)
 * @param window the window the units are counted over
 * @param unit   what one unit is
 * @param scope  the scope of a sub-limit, empty for the endpoint's (or pool's) own budget
 */
public record QuotaRule(long limit, Window window, CostUnit unit, Optional<String> scope) {
    public QuotaRule {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scope, "scope");
        if (limit < 0) {
            throw new IllegalArgumentException("a quota limit cannot be negative");
        }
    }

    public static QuotaRule of(long limit, Window window, CostUnit unit) {
        return new QuotaRule(limit, window, unit, Optional.empty());
    }

    /**
     * Parses the plan's notation {@code LIMIT/WINDOW/UNIT[/calendar][/scope=NAME]}, e.g. {@code 3/1d/request/calendar}.
     */
    public static QuotaRule parse(String spec) {
        String[] parts = spec.trim().split("/");
        if (parts.length < 3) {
            throw new IllegalArgumentException("quota rule '" + spec + "': expected LIMIT/WINDOW/UNIT[/calendar][/scope=NAME]");
        }
        long limit;
        try {
            limit = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("quota rule '" + spec + "': limit is not a number");
        }
        Window window = Window.parse(parts[1]);
        CostUnit unit = CostUnit.parse(parts[2]);
        Optional<String> scope = Optional.empty();
        for (int i = 3; i < parts.length; i++) {
            if (parts[i].equals("calendar")) {
                if (!window.equals(Window.DAY)) {
                    throw new IllegalArgumentException("quota rule '" + spec + "': only 1d windows can be calendar days");
                }
                window = Window.CALENDAR_DAY;
            } else if (parts[i].startsWith("scope=") && parts[i].length() > 6) {
                scope = Optional.of(parts[i].substring(6));
            } else {
                throw new IllegalArgumentException("quota rule '" + spec + "': unknown qualifier '" + parts[i] + "'");
            }
        }
        return new QuotaRule(limit, window, unit, scope);
    }

    /** The plan's notation, the inverse of {@link #parse}. */
    public String spec() {
        return limit + "/" + window.code() + "/" + unit.code() + (window.calendarDay() ? "/calendar" : "")
                + scope.map(s -> "/scope=" + s).orElse("");
    }

    /** Same window, unit and scope: the same counter, whatever the limit. */
    public boolean sameCounterAs(QuotaRule other) {
        return window.equals(other.window) && unit == other.unit && scope.equals(other.scope);
    }

    public QuotaRule withLimit(long newLimit) {
        return new QuotaRule(newLimit, window, unit, scope);
    }

    /** e.g. "100 users per second", "3 requests per calendar day", "20 targets per second per-channel". */
    public String describe() {
        return limit + " " + unit.plural() + " per " + window.describe() + scope.map(s -> " (" + s + ")").orElse("");
    }
}
