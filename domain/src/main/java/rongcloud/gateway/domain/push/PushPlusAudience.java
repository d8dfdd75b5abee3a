package rongcloud.gateway.domain.push;

import java.util.List;

/** Who receives a Push Plus notification: everybody ({@code toAll}) or the users matching the conditions. */
public record PushPlusAudience(boolean toAll, List<String> tags, List<String> tagsOr, List<TagItem> tagItems,
                               List<String> userIds, String packageName) {
    public PushPlusAudience {
        tags = tags == null ? List.of() : List.copyOf(tags);
        tagsOr = tagsOr == null ? List.of() : List.copyOf(tagsOr);
        tagItems = tagItems == null ? List.of() : List.copyOf(tagItems);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        packageName = packageName == null || packageName.isEmpty() ? null : packageName;
    }

    public boolean hasConditions() {
        return !tags.isEmpty() || !tagsOr.isEmpty() || !tagItems.isEmpty() || !userIds.isEmpty() || packageName != null;
    }
}
