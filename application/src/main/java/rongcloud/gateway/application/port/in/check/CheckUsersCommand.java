package rongcloud.gateway.application.port.in.check;

import java.util.List;
import java.util.Objects;
import rongcloud.gateway.domain.validation.Check;

/** Ask about 1..{@value #MAX_IDS} users (field {@code user_ids}, or {@code user_id} for one). */
public record CheckUsersCommand(List<String> userIds, Freshness freshness) {
    public static final int MAX_IDS = 100;

    public CheckUsersCommand {
        Objects.requireNonNull(freshness, "freshness");
        Check.request().userIds("user_ids", userIds, MAX_IDS).validate();
        userIds = List.copyOf(userIds);
    }

    public static CheckUsersCommand one(String userId, Freshness freshness) {
        Check.request().userId("user_id", userId).validate();
        return new CheckUsersCommand(List.of(userId), freshness);
    }
}
