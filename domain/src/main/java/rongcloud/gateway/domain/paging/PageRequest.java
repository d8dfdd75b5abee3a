package rongcloud.gateway.domain.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import rongcloud.gateway.domain.validation.Check;

/**
 * A page asked for by a caller, in RongCloud's terms: a 1-based page number (or an offset, see
 * {@link #offset()}) and a size. Callers see opaque tokens (AIP-158); this class is the only place
 * that encodes and decodes them.
 *
 * @param page 1-based page number
 * @param size page size, already clamped to the endpoint's maximum
 */
public record PageRequest(int page, int size) {
    private static final String PREFIX = "p1:";

    public PageRequest {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size must be positive");
        }
    }

    /**
     * Validates a caller's page size and token. A size of 0 means {@code defaultSize}; sizes above
     * {@code maxSize} are coerced down; a negative size or a token this gateway did not issue is a
     * violation recorded in {@code check}. Returns the first page when invalid (the check fails anyway).
     */
    public static PageRequest from(Check check, int pageSize, String pageToken, int defaultSize, int maxSize) {
        check.that(pageSize >= 0, "page_size", "must not be negative, got " + pageSize);
        int size = pageSize <= 0 ? defaultSize : Math.min(pageSize, maxSize);
        int page = 1;
        if (pageToken != null && !pageToken.isEmpty()) {
            Integer decoded = decode(pageToken);
            if (decoded == null) {
                check.violation("page_token", "is not a token issued by this gateway");
            } else {
                page = decoded;
            }
        }
        return new PageRequest(page, size);
    }

    /** Zero-based offset of the first item of this page, for endpoints that page by offset. */
    public int offset() {
        return (page - 1) * size;
    }

    public PageRequest next() {
        return new PageRequest(page + 1, size);
    }

    /** Opaque token that designates this page. */
    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + page).getBytes(StandardCharsets.UTF_8));
    }

    private static Integer decode(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!s.startsWith(PREFIX)) {
                return null;
            }
            int page = Integer.parseInt(s.substring(PREFIX.length()));
            return page >= 1 ? page : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
