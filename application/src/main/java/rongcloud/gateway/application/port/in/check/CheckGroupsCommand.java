package rongcloud.gateway.application.port.in.check;

import java.util.List;
import java.util.Objects;
import rongcloud.gateway.domain.validation.Check;

/** Ask about 1..100 groups (field {@code group_ids}). */
public record CheckGroupsCommand(List<String> groupIds, Freshness freshness) {
    public CheckGroupsCommand {
        Objects.requireNonNull(freshness, "freshness");
        Check.request().ids("group_ids", groupIds, CheckUsersCommand.MAX_IDS, "group id").validate();
        groupIds = List.copyOf(groupIds);
    }
}
