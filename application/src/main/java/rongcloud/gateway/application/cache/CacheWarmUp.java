package rongcloud.gateway.application.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import rongcloud.gateway.application.port.out.cache.CacheEntry;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.LocalCache;
import rongcloud.gateway.application.port.out.persistence.StateMirror;
import rongcloud.gateway.domain.mirror.MirroredGroupMutes;
import rongcloud.gateway.domain.user.UserInfo;

/**
 * Fills an instance's caches from the state mirror when it starts, so that the first checks after a start or a
 * restart need no RongCloud call: user info ({@link CacheKind#USER_INFO}), and per group id the mute-all switch, the
 * muted members (and the users muted in every group) and the mute-all allow list. Only what was written through the
 * gateway within {@code window} is warmed, at most {@code maxEntries} of users and of groups, most recent first.
 *
 * <p>Honesty of the answers: a warmed entry carries the time of its last write through the gateway as its load
 * time, so checks report its true age and a caller's {@code max_staleness} sends it upstream; it expires after the
 * kind's TTL like any loaded entry. What the mirror cannot know (a change made around the gateway, a user's RongCloud
 * creation time) is absent: the warmed {@link UserInfo} has no create time, and a change made around the gateway
 * stays invisible until the entry expires, as it would for an entry loaded from RongCloud. Entries are put through
 * the caches' own bulk load, with the mirror read inside it: an invalidation from another instance that arrives
 * during the warm-up discards what was read before it.
 */
public final class CacheWarmUp {

    /** What to warm: only writes newer than {@code window}, at most {@code maxEntries} users and groups. */
    public record Settings(Duration window, int maxEntries) {
        public Settings {
            Objects.requireNonNull(window, "window");
            if (window.isNegative() || maxEntries < 0) {
                throw new IllegalArgumentException("warm-up window and max entries must not be negative");
            }
        }
    }

    /** Entries put per kind, and how long the warm-up took. */
    public record Result(Map<CacheKind, Integer> warmed, Duration took) {
        public int total() {
            return warmed.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final StateMirror mirror;
    private final StateCaches caches;
    private final Settings settings;

    public CacheWarmUp(StateMirror mirror, StateCaches caches, Settings settings) {
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.caches = Objects.requireNonNull(caches, "caches");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Warms the caches; a failure of the mirror (database down) propagates, leaving what was already warmed. */
    public Result run() {
        long t0 = System.nanoTime();
        Map<CacheKind, Integer> warmed = new EnumMap<>(CacheKind.class);
        if (settings.maxEntries() == 0) {
            return new Result(warmed, Duration.ZERO);
        }
        Instant since = caches.now().minus(settings.window());

        List<String> users = mirror.userIdsWrittenSince(since, settings.maxEntries());
        warmed.put(CacheKind.USER_INFO, warm(CacheKind.USER_INFO, users, ids -> {
            Map<String, CacheEntry<UserInfo>> entries = new HashMap<>();
            mirror.users(ids).forEach((id, u) -> {
                if (u.name().isPresent() && !u.deactivated()) {
                    entries.put(id, CacheEntry.found(new UserInfo(id, u.name().get(), u.portraitUri(),
                            Optional.empty()), u.updatedAt()));
                }
            });
            return entries;
        }));

        List<String> groups = mirror.groupMutesWrittenSince(since, settings.maxEntries());
        List<String> realGroups = groups.stream().filter(g -> !MirroredGroupMutes.EVERY_GROUP.equals(g)).toList();
        // the users muted in every group are cached under the whole-list key, which is the mirror's "*" as well
        warmed.put(CacheKind.GROUP_MEMBER_MUTES, warm(CacheKind.GROUP_MEMBER_MUTES, groups,
                ids -> fromGroups(ids, m -> m.memberMutes())));
        warmed.put(CacheKind.GROUP_MUTE_ALL, warm(CacheKind.GROUP_MUTE_ALL, realGroups,
                ids -> fromGroups(ids, MirroredGroupMutes::muteAll)));
        warmed.put(CacheKind.GROUP_MUTE_ALLOWLIST, warm(CacheKind.GROUP_MUTE_ALLOWLIST, realGroups,
                ids -> fromGroups(ids, m -> m.allowlist())));
        return new Result(warmed, Duration.ofNanos(System.nanoTime() - t0));
    }

    private <V> Map<String, CacheEntry<V>> fromGroups(Set<String> ids, Function<MirroredGroupMutes, V> value) {
        Map<String, CacheEntry<V>> entries = new HashMap<>();
        mirror.groupMutes(ids).forEach((id, m) -> entries.put(id, CacheEntry.found(value.apply(m), m.updatedAt())));
        return entries;
    }

    /**
     * Puts the mirror's entries of {@code keys} that are not cached yet through the cache's bulk load; a key the
     * mirror no longer has by then is cached as absent for the short negative TTL (as a load would).
     */
    private <V> int warm(CacheKind kind, List<String> keys, Function<Set<String>, Map<String, CacheEntry<V>>> load) {
        if (keys.isEmpty()) {
            return 0;
        }
        LocalCache<V> cache = caches.cache(kind);
        int[] loaded = {0};
        cache.getAll(keys, Instant.MIN, missing -> {
            Map<String, CacheEntry<V>> entries = load.apply(missing);
            loaded[0] = entries.size();
            return entries;
        });
        return loaded[0];
    }
}
