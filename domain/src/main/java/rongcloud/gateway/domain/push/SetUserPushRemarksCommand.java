package rongcloud.gateway.domain.push;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Set the names senders have in {@code userId}'s push notifications (1 to 100 distinct senders). */
public record SetUserPushRemarksCommand(String userId, List<PushRemark> remarks) {
    public SetUserPushRemarksCommand {
        Check check = Check.request().userId("user_id", userId);
        if (remarks == null || remarks.isEmpty()) {
            check.violation("remarks", "at least one remark is required");
        } else {
            check.that(remarks.size() <= PushLimits.USER_REMARKS_MAX, "remarks",
                    "at most " + PushLimits.USER_REMARKS_MAX + " remarks per request, got " + remarks.size());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < remarks.size(); i++) {
                String f = "remarks[" + i + "]";
                PushRemark r = remarks.get(i);
                if (r == null) {
                    check.violation(f, "is required");
                    continue;
                }
                check.userId(f + ".target_user_id", r.targetUserId());
                PushChecks.remark(check, f + ".remark", r.remark());
                if (r.targetUserId() != null && !r.targetUserId().isBlank() && !seen.add(r.targetUserId())) {
                    check.violation(f + ".target_user_id", "duplicate user id '" + r.targetUserId() + "'");
                }
            }
        }
        check.validate();
        remarks = List.copyOf(remarks);
    }
}
