package rongcloud.gateway.domain.journal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/**
 * Filters and page of {@code JournalService.ListOperations}; newest first, keyset-paged by entry id so pages stay
 * stable while entries are added (AIP-158: opaque tokens, 0 = default size, negative refused).
 */
public record JournalQuery(Optional<String> callerId, Optional<String> operation, Optional<String> targetId,
                           Optional<Instant> from, Optional<Instant> to, Optional<Boolean> succeeded,
                           int pageSize, Optional<Long> beforeId) {
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 500;
    private static final String PREFIX = "j1:";

    /** Validates the caller's paging fields and builds the query. */
    public static JournalQuery of(Optional<String> callerId, Optional<String> operation, Optional<String> targetId,
                                  Optional<Instant> from, Optional<Instant> to, Optional<Boolean> succeeded,
                                  int pageSize, String pageToken) {
        Check check = Check.request();
        check.that(pageSize >= 0, "page_size", "must not be negative, got " + pageSize);
        Optional<Long> before = Optional.empty();
        if (pageToken != null && !pageToken.isEmpty()) {
            before = decode(pageToken);
            check.that(before.isPresent(), "page_token", "is not a token issued by this gateway");
        }
        if (from.isPresent() && to.isPresent()) {
            check.that(!to.get().isBefore(from.get()), "end_time", "must not be before start_time");
        }
        check.validate();
        int size = pageSize == 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        return new JournalQuery(callerId, operation, targetId, from, to, succeeded, size, before);
    }

    /** The token of the page after one that ended with entry {@code lastId}. */
    public static String tokenAfter(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Long> decode(String token) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!s.startsWith(PREFIX)) {
                return Optional.empty();
            }
            long id = Long.parseLong(s.substring(PREFIX.length()));
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
