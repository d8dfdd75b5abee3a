package rongcloud.gateway.domain.push;

import java.util.Set;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/** Set {@code userId}'s daily Do Not Disturb window (replacing any earlier one). */
public record SetUserBlockPushPeriodCommand(String userId, String startTime, int periodMinutes,
                                            DoNotDisturbLevel level) {
    /** "HH:MM:SS, e.g. 22:00:00". */
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]");
    /** level: "1 (only @ messages notify) | 5 (nothing notifies)". */
    private static final Set<DoNotDisturbLevel> LEVELS = Set.of(DoNotDisturbLevel.MENTIONS, DoNotDisturbLevel.NONE);

    public SetUserBlockPushPeriodCommand {
        Check check = Check.request().userId("user_id", userId);
        if (startTime == null || startTime.isEmpty()) {
            check.violation("start_time", "is required");
        } else {
            check.that(TIME.matcher(startTime).matches(), "start_time", "must be HH:MM:SS (00:00:00 to 23:59:59)");
        }
        check.range("period_minutes", periodMinutes, PushLimits.PERIOD_MIN_MINUTES, PushLimits.PERIOD_MAX_MINUTES)
                .that(level != null && LEVELS.contains(level), "level", "must be MENTIONS or NONE")
                .validate();
    }

    public BlockPushPeriod period() {
        return new BlockPushPeriod(startTime, periodMinutes, level);
    }
}
