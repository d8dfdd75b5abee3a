package rongcloud.gateway.infra.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.port.in.check.BlockCheck;
import rongcloud.gateway.application.port.in.check.ChatroomMuteCheck;
import rongcloud.gateway.application.port.in.check.CheckChatroomCommand;
import rongcloud.gateway.application.port.in.check.CheckUltraGroupCommand;
import rongcloud.gateway.application.port.in.check.Checked;
import rongcloud.gateway.application.port.in.check.Freshness;
import rongcloud.gateway.application.port.in.check.UltraGroupMuteCheck;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.port.out.cache.InvalidationBus;
import rongcloud.gateway.application.service.check.CheckService;
import rongcloud.gateway.domain.chatroom.RestrictedUser;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMutedUsersCommand;

/**
 * CheckService's chatroom and ultra-group questions on real caches with a clock the test moves: timed chatroom mutes
 * and bans end without a reload (the next reason applies), a ban without an end stays, the ultra-group rule (member
 * mutes before mute-all, an allow list at either level lifts either mute-all), peek answers only from what is cached.
 */
class RoomChecksTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        private volatile Instant now = T;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final StateCaches caches = new StateCaches(new CaffeineCacheFactory(TestCacheConfig.of(Duration.ofMinutes(5)),
            null), InvalidationBus.NONE, clock);
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    /** A use case whose methods answer from {@code answers} by method name (each call counted). */
    private <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            calls.computeIfAbsent(m.getName(), k -> new AtomicInteger()).incrementAndGet();
            Function<Object[], Object> answer = answers.get(m.getName());
            if (answer == null) {
                throw new AssertionError("unexpected call " + m.getName());
            }
            return answer.apply(args);
        }));
    }

    private int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private CheckService checks(ChatroomUseCase rooms, UltraGroupUseCase groups) {
        return new CheckService(caches, null, null, null, null, null, rooms, groups);
    }

    @Test
    void timedChatroomMutesAndBansEndWithoutAReload() {
        ChatroomUseCase rooms = fake(ChatroomUseCase.class, Map.of(
                "listMutedChatroomMembers", a -> List.of(new RestrictedUser("a", Optional.of(T.plusSeconds(60)))),
                "listUsersMutedInAllChatrooms", a -> List.of(new RestrictedUser("b", Optional.of(T.plusSeconds(120)))),
                "checkChatroomMuteAll", a -> true,
                "queryChatroomMuteAllExceptions", a -> List.of("c"),
                "listBlockedChatroomMembers", a -> List.of(new RestrictedUser("a", Optional.of(T.plusSeconds(60))),
                        new RestrictedUser("b", Optional.empty()))));
        CheckService checks = checks(rooms, null);
        CheckChatroomCommand ask = new CheckChatroomCommand("r1", List.of("a", "b", "c", "d"), Freshness.ANY);

        assertThat(checks.peekMutedInChatroom(ask)).as("nothing cached yet").isEmpty();
        Checked<List<ChatroomMuteCheck>> first = checks.checkMutedInChatroom(null, ask);
        assertThat(first.fromCache()).isFalse();
        assertThat(first.value()).containsExactly(
                new ChatroomMuteCheck("a", true, ChatroomMuteCheck.Reason.MEMBER_MUTED, Optional.of(T.plusSeconds(60))),
                new ChatroomMuteCheck("b", true, ChatroomMuteCheck.Reason.MUTED_IN_ALL_CHATROOMS, Optional.of(T.plusSeconds(120))),
                new ChatroomMuteCheck("c", false, ChatroomMuteCheck.Reason.NONE, Optional.empty()),
                new ChatroomMuteCheck("d", true, ChatroomMuteCheck.Reason.CHATROOM_MUTED_FOR_ALL, Optional.empty()));
        int loads = totalCalls();
        assertThat(loads).isEqualTo(4);

        clock.now = T.plusSeconds(90);
        Checked<List<ChatroomMuteCheck>> later = checks.peekMutedInChatroom(ask).orElseThrow();
        assertThat(later.fromCache()).isTrue();
        assertThat(later.age()).isEqualTo(Duration.ofSeconds(90));
        assertThat(later.value()).extracting(ChatroomMuteCheck::reason).containsExactly(
                ChatroomMuteCheck.Reason.CHATROOM_MUTED_FOR_ALL, // a's own mute ended: the room's mute-all applies
                ChatroomMuteCheck.Reason.MUTED_IN_ALL_CHATROOMS,
                ChatroomMuteCheck.Reason.NONE,
                ChatroomMuteCheck.Reason.CHATROOM_MUTED_FOR_ALL);
        clock.now = T.plusSeconds(150);
        assertThat(checks.checkMutedInChatroom(null, ask).value().get(1).reason())
                .isEqualTo(ChatroomMuteCheck.Reason.CHATROOM_MUTED_FOR_ALL);
        assertThat(checks.checkMutedInChatroom(null, new CheckChatroomCommand("r1", List.of("a"),
                        Freshness.atMost(Duration.ofSeconds(200))))
                .fromCache()).isTrue();
        assertThat(totalCalls()).as("expiry needs no reload").isEqualTo(loads);

        CheckChatroomCommand bans = new CheckChatroomCommand("r1", List.of("a", "b"), Freshness.ANY);
        assertThat(checks.checkBannedFromChatroom(null, bans).value()).containsExactly(
                new BlockCheck("a", false, Optional.empty()), new BlockCheck("b", true, Optional.empty()));
    }

    @Test
    void ultraGroupMemberMutesComeBeforeMuteAllAndEitherAllowListLiftsEitherMuteAll() {
        // group g: muted group-wide: a; mute-all group-wide, allow list: c. Channel ch: muted: b; mute-all, allow: d.
        Map<String, List<String>> muted = Map.of("g", List.of("a"), "g/ch", List.of("b"));
        Map<String, List<String>> allowed = Map.of("g", List.of("c"), "g/ch", List.of("d"));
        Map<String, Boolean> mutedAll = Map.of("g", true, "g/ch", true);
        UltraGroupUseCase groups = fake(UltraGroupUseCase.class, Map.of(
                "listUltraGroupMutedUsers", a -> {
                    var c = (ListUltraGroupMutedUsersCommand) a[1];
                    return new Page<>(muted.getOrDefault(key(c.groupId(), c.channelId()), List.of()), Optional.empty());
                },
                "getUltraGroupMuteAll", a -> {
                    var c = (GetUltraGroupMuteAllCommand) a[1];
                    return mutedAll.getOrDefault(key(c.groupId(), c.channelId()), false);
                },
                "listUltraGroupMuteWhitelist", a -> {
                    var c = (ListUltraGroupMuteWhitelistCommand) a[1];
                    return new Page<>(allowed.getOrDefault(key(c.groupId(), c.channelId()), List.of()), Optional.empty());
                }));
        CheckService checks = checks(null, groups);
        List<String> users = List.of("a", "b", "c", "d", "e");

        var groupWide = checks.checkMutedInUltraGroup(null, new CheckUltraGroupCommand("g", Optional.empty(), users, Freshness.ANY));
        assertThat(groupWide.value()).extracting(UltraGroupMuteCheck::reason).containsExactly(
                UltraGroupMuteCheck.Reason.MEMBER_MUTED,
                UltraGroupMuteCheck.Reason.GROUP_MUTED_FOR_ALL, // b is muted only in the channel
                UltraGroupMuteCheck.Reason.NONE,
                UltraGroupMuteCheck.Reason.GROUP_MUTED_FOR_ALL, // d is allowed only in the channel
                UltraGroupMuteCheck.Reason.GROUP_MUTED_FOR_ALL);
        assertThat(calls.get("listUltraGroupMuteWhitelist").get()).isEqualTo(1);

        CheckUltraGroupCommand inChannel = new CheckUltraGroupCommand("g", Optional.of("ch"), users, Freshness.ANY);
        assertThat(checks.peekMutedInUltraGroup(inChannel)).as("the channel's entries are not cached yet").isEmpty();
        var channel = checks.checkMutedInUltraGroup(null, inChannel);
        assertThat(channel.fromCache()).as("group-wide pieces were cached, the channel's were loaded").isFalse();
        assertThat(channel.value()).extracting(UltraGroupMuteCheck::reason).containsExactly(
                UltraGroupMuteCheck.Reason.MEMBER_MUTED,
                UltraGroupMuteCheck.Reason.MEMBER_MUTED_IN_CHANNEL, // a member mute is not lifted by an allow list
                UltraGroupMuteCheck.Reason.NONE,
                UltraGroupMuteCheck.Reason.NONE,
                UltraGroupMuteCheck.Reason.GROUP_MUTED_FOR_ALL);
        int loads = totalCalls();
        assertThat(loads).as("3 group-wide + 3 channel loads").isEqualTo(6);
        assertThat(checks.peekMutedInUltraGroup(inChannel).orElseThrow().fromCache()).isTrue();
        assertThat(totalCalls()).isEqualTo(loads);
    }

    private static String key(String group, Optional<String> channel) {
        return channel.map(c -> group + "/" + c).orElse(group);
    }
}
