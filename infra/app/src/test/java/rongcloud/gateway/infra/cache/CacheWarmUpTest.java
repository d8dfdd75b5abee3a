package rongcloud.gateway.infra.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.cache.CacheWarmUp;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.port.out.cache.CacheEntry;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.InvalidationBus;
import rongcloud.gateway.application.port.out.persistence.StateMirror;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirrorChange;
import rongcloud.gateway.domain.mirror.MirroredGroup;
import rongcloud.gateway.domain.mirror.MirroredGroupMutes;
import rongcloud.gateway.domain.mirror.MirroredMember;
import rongcloud.gateway.domain.mirror.MirroredUser;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.paging.PageRequest;
import rongcloud.gateway.domain.user.UserInfo;

/**
 * {@link CacheWarmUp} over the real Caffeine caches and an in-memory mirror: what is warmed (values, write time as
 * load time, window, limit, users without a name or deactivated left out), that cached entries are not replaced, and
 * that an invalidation arriving while the warm-up reads the mirror discards what it read.
 */
class CacheWarmUpTest {
    private final Instant now = Instant.now();
    private final MemoryMirror mirror = new MemoryMirror();
    private final StateCaches caches = new StateCaches(new CaffeineCacheFactory(TestCacheConfig.of(Duration.ofMinutes(5)),
            null), InvalidationBus.NONE, Clock.systemUTC());

    private CacheWarmUp warmUp(int max) {
        return new CacheWarmUp(mirror, caches, new CacheWarmUp.Settings(Duration.ofHours(24), max));
    }

    private Optional<CacheEntry<Object>> cached(CacheKind kind, String key) {
        return caches.cache(kind).peek(key, Instant.MIN);
    }

    @Test
    void recentUsersAndGroupMutesAreWarmedWithTheirWriteTimeAsLoadTime() {
        Instant written = now.minus(Duration.ofHours(2));
        mirror.user("u1", "Alice", written, false);
        mirror.user("old", "Old", now.minus(Duration.ofDays(3)), false);
        mirror.user("gone", "Gone", written, true);
        mirror.user("nameless", null, written, false);
        Instant until = now.plus(Duration.ofHours(1));
        mirror.groups.put("g1", new MirroredGroupMutes("g1", true, Map.of("m1", until), Set.of("a1"), written));
        mirror.groups.put("*", new MirroredGroupMutes("*", false, Map.of("e1", Instant.MAX), Set.of(), written));

        CacheWarmUp.Result result = warmUp(100).run();

        assertThat(result.warmed()).containsEntry(CacheKind.USER_INFO, 1).containsEntry(CacheKind.GROUP_MEMBER_MUTES, 2)
                .containsEntry(CacheKind.GROUP_MUTE_ALL, 1).containsEntry(CacheKind.GROUP_MUTE_ALLOWLIST, 1);
        CacheEntry<Object> alice = cached(CacheKind.USER_INFO, "u1").orElseThrow();
        assertThat(alice.value()).contains(new UserInfo("u1", "Alice", Optional.empty(), Optional.empty()));
        assertThat(alice.loadedAt()).as("age is the time since the write").isEqualTo(written);
        assertThat(cached(CacheKind.USER_INFO, "old")).as("outside the window").isEmpty();
        assertThat(cached(CacheKind.USER_INFO, "gone")).isEmpty();
        assertThat(cached(CacheKind.USER_INFO, "nameless")).isEmpty();
        assertThat(cached(CacheKind.GROUP_MUTE_ALL, "g1").orElseThrow().value()).contains(true);
        assertThat(cached(CacheKind.GROUP_MEMBER_MUTES, "g1").orElseThrow().value()).contains(Map.of("m1", until));
        assertThat(cached(CacheKind.GROUP_MEMBER_MUTES, CacheKind.WHOLE_LIST).orElseThrow().value())
                .contains(Map.of("e1", Instant.MAX));
        assertThat(cached(CacheKind.GROUP_MUTE_ALLOWLIST, "g1").orElseThrow().value()).contains(Set.of("a1"));
        assertThat(cached(CacheKind.GROUP_MUTE_ALL, "*")).as("no mute-all of every group").isEmpty();
    }

    @Test
    void theLimitKeepsTheMostRecentWritesAndCachedEntriesAreNotReplaced() {
        for (int i = 0; i < 5; i++) {
            mirror.user("u" + i, "User " + i, now.minus(Duration.ofMinutes(10 - i)), false);
        }
        caches.cache(CacheKind.USER_INFO).get("u4", Instant.MIN, () -> CacheEntry.found(
                new UserInfo("u4", "From RongCloud", Optional.empty(), Optional.empty()), now));

        CacheWarmUp.Result result = warmUp(2).run();

        assertThat(result.warmed()).containsEntry(CacheKind.USER_INFO, 1); // u3 (u4 was cached already)
        assertThat(cached(CacheKind.USER_INFO, "u3")).isPresent();
        assertThat(cached(CacheKind.USER_INFO, "u2")).isEmpty();
        assertThat(((UserInfo) cached(CacheKind.USER_INFO, "u4").orElseThrow().value().orElseThrow()).name())
                .isEqualTo("From RongCloud");
    }

    @Test
    void anInvalidationDuringTheWarmUpDiscardsWhatWasReadBeforeIt() {
        mirror.user("u1", "Before", now.minus(Duration.ofMinutes(1)), false);
        mirror.user("u2", "Untouched", now.minus(Duration.ofMinutes(1)), false);
        mirror.duringUserRead.set(() -> caches.invalidate(CacheKind.USER_INFO, "u1")); // another instance changed u1

        warmUp(100).run();

        assertThat(cached(CacheKind.USER_INFO, "u1")).isEmpty();
        assertThat(cached(CacheKind.USER_INFO, "u2")).isPresent();
    }

    @Test
    void zeroMaxEntriesWarmsNothing() {
        mirror.user("u1", "Alice", now, false);
        assertThat(warmUp(0).run().total()).isZero();
        assertThat(cached(CacheKind.USER_INFO, "u1")).isEmpty();
    }

    /** The part of the mirror the warm-up reads, in memory. */
    static final class MemoryMirror implements StateMirror {
        final Map<String, MirroredUser> users = new HashMap<>();
        final Map<String, MirroredGroupMutes> groups = new HashMap<>();
        final AtomicReference<Runnable> duringUserRead = new AtomicReference<>(() -> { });

        void user(String id, String name, Instant at, boolean deactivated) {
            users.put(id, new MirroredUser(id, Optional.ofNullable(name), Optional.empty(), deactivated, at, at));
        }

        @Override
        public List<String> userIdsWrittenSince(Instant since, int limit) {
            return users.values().stream().filter(u -> !u.updatedAt().isBefore(since) && u.name().isPresent()
                            && !u.deactivated()).sorted(Comparator.comparing(MirroredUser::updatedAt).reversed())
                    .limit(limit).map(MirroredUser::userId).toList();
        }

        @Override
        public Map<String, MirroredUser> users(Collection<String> userIds) {
            duringUserRead.get().run();
            Map<String, MirroredUser> found = new HashMap<>();
            userIds.forEach(id -> Optional.ofNullable(users.get(id)).ifPresent(u -> found.put(id, u)));
            return found;
        }

        @Override
        public List<String> groupMutesWrittenSince(Instant since, int limit) {
            return groups.values().stream().filter(g -> !g.updatedAt().isBefore(since))
                    .sorted(Comparator.comparing(MirroredGroupMutes::updatedAt).reversed()).limit(limit)
                    .map(MirroredGroupMutes::groupId).toList();
        }

        @Override
        public Map<String, MirroredGroupMutes> groupMutes(Collection<String> groupIds) {
            Map<String, MirroredGroupMutes> found = new HashMap<>();
            groupIds.forEach(id -> Optional.ofNullable(groups.get(id)).ifPresent(g -> found.put(id, g)));
            return found;
        }

        @Override
        public void apply(Instant at, List<MirrorChange> changes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MirroredUser> user(String userId) {
            return Optional.ofNullable(users.get(userId));
        }

        @Override
        public Optional<MirroredGroup> group(GroupKind kind, String groupId) {
            return Optional.empty();
        }

        @Override
        public Page<MirroredMember> members(GroupKind kind, String groupId, PageRequest page) {
            return Page.of(new ArrayList<>(), page);
        }

        @Override
        public Page<MirroredMember> groupsOf(String userId, Optional<GroupKind> kind, PageRequest page) {
            return Page.of(new ArrayList<>(), page);
        }
    }
}
