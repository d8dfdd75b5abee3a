package rongcloud.gateway.application.port.in.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.ultragroup.UltraGroupLimits;
import rongcloud.gateway.domain.validation.Check;

/**
 * Ask about users of one ultra group, in one of its channels or (no channel) group-wide (fields {@code group_id},
 * {@code channel_id}, {@code user_ids}, or {@code user_id} for one). Ids follow the ultra-group area's rules:
 * letters and digits, group ids at most 64 characters, channel ids at most 20.
 */
public record CheckUltraGroupCommand(String groupId, Optional<String> channelId, List<String> userIds,
                                     Freshness freshness) {
    private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]+");

    public CheckUltraGroupCommand {
        Objects.requireNonNull(freshness, "freshness");
        channelId = channelId == null ? Optional.empty() : channelId.filter(c -> !c.isEmpty());
        Check check = Check.request();
        alnum(check, "group_id", groupId, UltraGroupLimits.GROUP_ID_MAX_CHARS);
        channelId.ifPresent(c -> alnum(check, "channel_id", c, UltraGroupLimits.CHANNEL_ID_MAX_CHARS));
        check.userIds("user_ids", userIds, CheckUsersCommand.MAX_IDS).validate();
        userIds = List.copyOf(userIds);
    }

    public static CheckUltraGroupCommand one(String groupId, Optional<String> channelId, String userId,
                                             Freshness freshness) {
        Check.request().userId("user_id", userId).validate();
        return new CheckUltraGroupCommand(groupId, channelId, List.of(userId), freshness);
    }

    private static void alnum(Check check, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            check.violation(field, "is required");
            return;
        }
        check.chars(field, value, true, max);
        check.that(ALNUM.matcher(value).matches(), field, "only letters and digits are allowed");
    }
}
