package rongcloud.gateway.application.port.in.check;

import java.util.List;
import java.util.Objects;
import rongcloud.gateway.domain.validation.Check;

/** Ask whether targets are on one owner's list (field {@code target_user_ids}, or {@code target_user_id} for one). */
public record CheckListCommand(String ownerId, List<String> targetIds, Freshness freshness) {
    public CheckListCommand {
        Objects.requireNonNull(freshness, "freshness");
        Check.request().userId("owner_user_id", ownerId)
                .userIds("target_user_ids", targetIds, CheckUsersCommand.MAX_IDS).validate();
        targetIds = List.copyOf(targetIds);
    }

    public static CheckListCommand one(String ownerId, String targetId, Freshness freshness) {
        Check.request().userId("owner_user_id", ownerId).userId("target_user_id", targetId).validate();
        return new CheckListCommand(ownerId, List.of(targetId), freshness);
    }
}
