package rongcloud.gateway.domain.push;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import rongcloud.gateway.domain.system.Platform;
import rongcloud.gateway.domain.validation.Check;

/** A Push Plus push-only notification to every user or an audience. */
public record SendPushPlusCommand(List<Platform> platforms, PushPlusAudience audience,
                                  PushPlusNotification notification) {
    /** Huawei importance values (SDK). */
    private static final Set<String> HW_IMPORTANCE = Set.of("NORMAL", "LOW");

    public SendPushPlusCommand {
        Check check = Check.request();
        check.size("platforms", platforms, 1, PushLimits.PLATFORMS_MAX);
        if (platforms != null) {
            // anyMatch, not contains(null): immutable lists refuse to look for null
            check.that(platforms.stream().noneMatch(Objects::isNull), "platforms", "must be IOS or ANDROID");
            check.that(platforms.stream().distinct().count() == platforms.size(), "platforms",
                    "must not repeat a platform");
        }
        if (audience == null) {
            check.violation("audience", "is required");
        } else {
            checkAudience(check, audience);
        }
        if (notification == null) {
            check.violation("notification", "is required");
        } else {
            check.chars("notification.alert", notification.alert(), true, Integer.MAX_VALUE);
            PushPlusNotification.Android a = notification.android();
            if (a != null) {
                check.that(a.hwImportance() == null || a.hwImportance().isEmpty()
                        || HW_IMPORTANCE.contains(a.hwImportance()), "notification.android.hw_importance",
                        "must be NORMAL or LOW");
                check.that(a.vivoClassification() == null || a.vivoClassification() == 0
                        || a.vivoClassification() == 1, "notification.android.vivo_classification", "must be 0 or 1");
            }
        }
        check.validate();
        platforms = List.copyOf(platforms);
    }

    private static void checkAudience(Check check, PushPlusAudience a) {
        if (a.toAll()) {
            check.that(!a.hasConditions(), "audience", "to_all excludes tags, tag items, user ids and package name");
        } else {
            check.that(a.hasConditions(), "audience", "to_all or at least one condition is required");
        }
        check.that(a.tags().stream().noneMatch(String::isBlank), "audience.tags", "must not hold empty tags");
        check.that(a.tagsOr().stream().noneMatch(String::isBlank), "audience.tags_or", "must not hold empty tags");
        for (int i = 0; i < a.tagItems().size(); i++) {
            TagItem item = a.tagItems().get(i);
            String f = "audience.tag_items[" + i + "]";
            check.that(!item.tags().isEmpty() && item.tags().stream().noneMatch(String::isBlank), f + ".tags",
                    "at least one tag, none empty");
            check.that(item.tagsOperator() != null, f + ".tags_operator", "must be AND or OR");
            check.that(item.itemsOperator() != null, f + ".items_operator", "must be AND or OR");
        }
        if (!a.userIds().isEmpty()) {
            check.userIds("audience.user_ids", a.userIds(), Integer.MAX_VALUE);
        }
    }
}
