package rongcloud.gateway.domain.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/**
 * A page asked for by a caller of an endpoint that pages with RongCloud's own cursor ({@code pageToken}):
 * the upstream cursor (empty for the first page) and a size. Callers only ever see the cursor wrapped in an
 * opaque token of this gateway (AIP-158); this class is the only place that wraps and unwraps it.
 *
 * @param cursor RongCloud's pageToken of the page, empty for the first page
 * @param size   page size, already clamped to the endpoint's maximum
 */
public record CursorPageRequest(Optional<String> cursor, int size) {
    private static final String PREFIX = "c1:";

    public CursorPageRequest {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
    }

    /**
     * Validates a caller's page size and token like {@link PageRequest#from}: 0 means {@code defaultSize},
     * larger than {@code maxSize} is coerced down, negative sizes and foreign tokens are violations.
     */
    public static CursorPageRequest from(Check check, int pageSize, String pageToken, int defaultSize, int maxSize) {
        check.that(pageSize >= 0, "page_size", "must not be negative, got " + pageSize);
        int size = pageSize <= 0 ? defaultSize : Math.min(pageSize, maxSize);
        Optional<String> cursor = Optional.empty();
        if (pageToken != null && !pageToken.isEmpty()) {
            cursor = decode(pageToken);
            if (cursor.isEmpty()) {
                check.violation("page_token", "is not a token issued by this gateway");
            }
        }
        return new CursorPageRequest(cursor, size);
    }

    /** A page whose continuation is RongCloud's cursor {@code upstreamNext} (none when null or empty). */
    public static <T> Page<T> page(List<T> items, String upstreamNext) {
        return new Page<>(items, tokenFor(upstreamNext));
    }

    /** The opaque token that carries RongCloud's cursor, or empty when there is no next page. */
    public static Optional<String> tokenFor(String upstreamCursor) {
        if (upstreamCursor == null || upstreamCursor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + upstreamCursor).getBytes(StandardCharsets.UTF_8)));
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
