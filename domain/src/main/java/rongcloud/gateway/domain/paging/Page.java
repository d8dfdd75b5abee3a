package rongcloud.gateway.domain.paging;

import java.util.List;
import java.util.Optional;

/**
 * One page of results.
 *
 * @param items         the items of this page
 * @param nextPageToken token of the next page, empty when this is the last one
 */
public record Page<T>(List<T> items, Optional<String> nextPageToken) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page that is followed by another exactly when it came back full. */
    public static <T> Page<T> of(List<T> items, PageRequest request) {
        return new Page<>(items, items.size() >= request.size() ? Optional.of(request.next().token()) : Optional.empty());
    }

    /** A page whose continuation is known from a total count. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        boolean more = (long) request.offset() + items.size() < total && !items.isEmpty();
        return new Page<>(items, more ? Optional.of(request.next().token()) : Optional.empty());
    }
}
