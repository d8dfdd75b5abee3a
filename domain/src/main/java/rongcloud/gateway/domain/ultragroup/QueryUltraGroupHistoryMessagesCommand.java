package rongcloud.gateway.domain.ultragroup;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** Search one channel's messages sent in (start, end], at most 14 days apart, oldest first. */
public record QueryUltraGroupHistoryMessagesCommand(String groupId, String channelId, Instant startTime, Instant endTime,
                                                    Optional<String> fromUserId, int pageSize) {
    public QueryUltraGroupHistoryMessagesCommand {
        fromUserId = UltraGroupChecks.given(fromUserId);
        Check check = Check.request();
        UltraGroupChecks.groupId(check, "group_id", groupId);
        UltraGroupChecks.channelId(check, "channel_id", channelId);
        check.notNull("start_time", startTime).notNull("end_time", endTime);
        if (startTime != null && endTime != null) {
            check.that(endTime.isAfter(startTime), "end_time", "must be after start_time");
            check.that(Duration.between(startTime, endTime).compareTo(UltraGroupLimits.HISTORY_MAX_SPAN) <= 0,
                    "end_time", "at most " + UltraGroupLimits.HISTORY_MAX_SPAN.toDays() + " days after start_time");
        }
        fromUserId.ifPresent(id -> check.userId("from_user_id", id));
        check.range("page_size", pageSize, 0, UltraGroupLimits.HISTORY_MAX);
        check.validate();
        pageSize = pageSize == 0 ? UltraGroupLimits.HISTORY_DEFAULT : pageSize;
    }
}
