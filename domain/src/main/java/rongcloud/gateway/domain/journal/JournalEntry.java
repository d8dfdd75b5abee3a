package rongcloud.gateway.domain.journal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One mutating call, as the operation journal keeps it.
 *
 * @param id            store id (0 before it is stored); ascending with time of recording
 * @param at            when the call ended
 * @param callerId      the authenticated caller (CallContext.callerId)
 * @param operation     the use-case operation, e.g. "GroupManagement.createGroup"
 * @param targetIds     the ids the command names (users, groups), at most {@link #MAX_TARGETS}
 * @param requestId     the call's X-Request-ID
 * @param succeeded     whether the call succeeded
 * @param rongCloudCode RongCloud's code: 200 on success, its error code, or empty when no answer came back
 * @param errorReason   the ErrorInfo reason of a failure (RONGCLOUD_1015, UPSTREAM_UNAVAILABLE, ...), if any
 * @param latencyMicros time spent in the use case
 */
public record JournalEntry(long id, Instant at, String callerId, String operation, List<String> targetIds,
                           String requestId, boolean succeeded, Optional<Integer> rongCloudCode,
                           Optional<String> errorReason, long latencyMicros) {
    public static final int MAX_TARGETS = 100;

    public JournalEntry {
        targetIds = List.copyOf(targetIds);
    }
}
