package rongcloud.gateway.domain.push;

import java.util.List;

/**
 * A tag expression of a Push Plus audience: {@code tags} combined by {@code tagsOperator}, negated when
 * {@code not}, combined with the previous item by {@code itemsOperator}. A null operator is an unknown value
 * (reported by {@link SendPushPlusCommand}).
 */
public record TagItem(List<String> tags, boolean not, TagOperator tagsOperator, TagOperator itemsOperator) {
    public TagItem {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
