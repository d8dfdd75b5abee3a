package rongcloud.gateway.domain.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/**
 * A page asked for from an endpoint that pages with its own continuation token (RongCloud's
 * {@code pageToken}/{@code next}) rather than page numbers. Callers see the upstream cursor wrapped in an
 * opaque token of this gateway (AIP-158), so that tokens it never issued are refused before any call.
 *
 * @param cursor the upstream cursor, empty for the first page
 * @param size   page size, already clamped to the endpoint's maximum
 */
public record CursorRequest(Optional<String> cursor, int size) {
    private static final String PREFIX = "c1:";

    public CursorRequest {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    /** Like {@link PageRequest#from}: 0 means {@code defaultSize}, larger than {@code maxSize} is coerced. */
    public static CursorRequest from(Check check, int pageSize, String pageToken, int defaultSize, int maxSize) {
        check.that(pageSize >= 0, "page_size", "must not be negative, got " + pageSize);
        int size = pageSize <= 0 ? defaultSize : Math.min(pageSize, maxSize);
        Optional<String> cursor = Optional.empty();
        if (pageToken != null && !pageToken.isEmpty()) {
            cursor = decode(pageToken);
            if (cursor.isEmpty()) {
                check.violation("page_token", "is not a token issued by this gateway");
            }
        }
        return new CursorRequest(cursor, size);
    }

    /** A page whose continuation is the upstream cursor {@code upstreamNext} (null or empty: last page). */
    public static <T> Page<T> page(List<T> items, String upstreamNext) {
        return new Page<>(items, upstreamNext == null || upstreamNext.isEmpty()
                ? Optional.empty() : Optional.of(encode(upstreamNext)));
    }

    private static String encode(String upstreamCursor) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + upstreamCursor).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> decode(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return s.startsWith(PREFIX) && s.length() > PREFIX.length()
                    ? Optional.of(s.substring(PREFIX.length())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
