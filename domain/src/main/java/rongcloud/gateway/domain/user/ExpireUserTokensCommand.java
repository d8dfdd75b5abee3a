package rongcloud.gateway.domain.user;

import java.time.Instant;
import java.util.List;
import rongcloud.gateway.domain.validation.Check;

/** Invalidate the tokens that users obtained before an instant. */
public record ExpireUserTokensCommand(List<String> userIds, Instant expireBefore) {
    public ExpireUserTokensCommand {
        Check.request()
                .userIds("user_ids", userIds, UserLimits.EXPIRE_TOKENS_MAX_USERS)
                .notNull("expire_before", expireBefore)
                .that(expireBefore == null || expireBefore.toEpochMilli() > 0, "expire_before", "must be after 1970-01-01")
                .validate();
        userIds = List.copyOf(userIds);
    }
}
