package rongcloud.gateway.infra.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.cache.WriteThroughChatrooms;
import rongcloud.gateway.application.cache.WriteThroughUltraGroups;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.port.out.cache.CacheEntry;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.Invalidation;
import rongcloud.gateway.application.port.out.cache.InvalidationBus;
import rongcloud.gateway.domain.chatroom.AddChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.BlockChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.DestroyChatroomCommand;
import rongcloud.gateway.domain.chatroom.GetChatroomInfoCommand;
import rongcloud.gateway.domain.chatroom.MuteAllChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.MuteUsersInAllChatroomsCommand;
import rongcloud.gateway.domain.ultragroup.AddUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.DeleteUltraGroupChannelCommand;
import rongcloud.gateway.domain.ultragroup.DismissUltraGroupCommand;
import rongcloud.gateway.domain.ultragroup.MuteUltraGroupUsersCommand;
import rongcloud.gateway.domain.ultragroup.SetUltraGroupMuteAllCommand;

/**
 * The chatroom and ultra-group write-through decorators, with two instances joined by an in-memory channel: each
 * mutation drops exactly the entries it changed, here and on the other instance (the events Infinispan carries
 * between real instances); reads and failed mutations publish nothing.
 */
class RoomWriteThroughTest {
    /** Delivers each published event to the other instances' listeners, as the Infinispan channel does. */
    private static final class Channel {
        private final List<Consumer<Invalidation>> listeners = new ArrayList<>();
        private final List<Invalidation> published = new ArrayList<>();

        InvalidationBus member() {
            List<Consumer<Invalidation>> mine = new ArrayList<>();
            return new InvalidationBus() {
                @Override
                public void publish(Invalidation invalidation) {
                    published.add(invalidation);
                    listeners.stream().filter(l -> !mine.contains(l)).forEach(l -> l.accept(invalidation));
                }

                @Override
                public void subscribe(Consumer<Invalidation> listener, Runnable resync) {
                    mine.add(listener);
                    listeners.add(listener);
                }
            };
        }
    }

    private final Channel channel = new Channel();
    private final StateCaches a = instance();
    private final StateCaches b = instance();

    private StateCaches instance() {
        return new StateCaches(new CaffeineCacheFactory(TestCacheConfig.of(Duration.ofMinutes(5)), null),
                channel.member(), Clock.systemUTC());
    }

    private static <T> T doing(Class<T> type, RuntimeException failure) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (failure != null) {
                throw failure;
            }
            return m.getReturnType() == boolean.class ? Boolean.FALSE : null;
        }));
    }

    private static void put(StateCaches caches, CacheKind kind, String key) {
        caches.<String>cache(kind).get(key, Instant.MIN, () -> CacheEntry.found("v", Instant.now()));
    }

    private static boolean cached(StateCaches caches, CacheKind kind, String key) {
        return caches.cache(kind).peek(key, Instant.MIN).isPresent();
    }

    @Test
    void chatroomMutationsDropTheirEntriesOnEveryInstance() {
        ChatroomUseCase rooms = new WriteThroughChatrooms(doing(ChatroomUseCase.class, null), a);
        for (StateCaches c : List.of(a, b)) {
            put(c, CacheKind.CHATROOM_MEMBER_MUTES, "r1");
            put(c, CacheKind.CHATROOM_MEMBER_MUTES, "r2");
            put(c, CacheKind.CHATROOM_MEMBER_MUTES, CacheKind.WHOLE_LIST);
            put(c, CacheKind.CHATROOM_BLOCKS, "r1");
        }
        rooms.muteChatroomMembers(null, new MuteChatroomMembersCommand("r1", List.of("u"), 10, Optional.empty()));
        for (StateCaches c : List.of(a, b)) {
            assertThat(cached(c, CacheKind.CHATROOM_MEMBER_MUTES, "r1")).isFalse();
            assertThat(cached(c, CacheKind.CHATROOM_MEMBER_MUTES, "r2")).isTrue();
            assertThat(cached(c, CacheKind.CHATROOM_MEMBER_MUTES, CacheKind.WHOLE_LIST)).isTrue();
            assertThat(cached(c, CacheKind.CHATROOM_BLOCKS, "r1")).as("a mute leaves the bans").isTrue();
        }
        rooms.muteUsersInAllChatrooms(null, new MuteUsersInAllChatroomsCommand(List.of("u"), 10, Optional.empty()));
        assertThat(cached(b, CacheKind.CHATROOM_MEMBER_MUTES, CacheKind.WHOLE_LIST)).isFalse();
        assertThat(cached(b, CacheKind.CHATROOM_MEMBER_MUTES, "r2")).isTrue();
        rooms.blockChatroomMembers(null, new BlockChatroomMembersCommand("r1", List.of("u"), 10, Optional.empty()));
        assertThat(cached(b, CacheKind.CHATROOM_BLOCKS, "r1")).isFalse();

        assertThat(channel.published).containsExactly(
                new Invalidation(CacheKind.CHATROOM_MEMBER_MUTES, List.of("r1")),
                new Invalidation(CacheKind.CHATROOM_MEMBER_MUTES, List.of(CacheKind.WHOLE_LIST)),
                new Invalidation(CacheKind.CHATROOM_BLOCKS, List.of("r1")));
        channel.published.clear();
        rooms.muteAllChatroomMembers(null, new MuteAllChatroomMembersCommand("r3", Optional.empty()));
        rooms.addChatroomMuteAllExceptions(null, new AddChatroomMuteAllExceptionsCommand("r3", List.of("u"), Optional.empty()));
        rooms.destroyChatroom(null, new DestroyChatroomCommand(List.of("r4", "r5")));
        assertThat(channel.published).containsExactly(
                new Invalidation(CacheKind.CHATROOM_MUTE_ALL, List.of("r3")),
                new Invalidation(CacheKind.CHATROOM_MUTE_ALL_EXCEPTIONS, List.of("r3")),
                new Invalidation(CacheKind.CHATROOM_MEMBER_MUTES, List.of("r4", "r5")),
                new Invalidation(CacheKind.CHATROOM_MUTE_ALL, List.of("r4", "r5")),
                new Invalidation(CacheKind.CHATROOM_MUTE_ALL_EXCEPTIONS, List.of("r4", "r5")),
                new Invalidation(CacheKind.CHATROOM_BLOCKS, List.of("r4", "r5")));
    }

    @Test
    void readsAndFailedMutationsPublishNothing() {
        new WriteThroughChatrooms(doing(ChatroomUseCase.class, null), a).getChatroomInfo(null, new GetChatroomInfoCommand("r1"));
        ChatroomUseCase failing = new WriteThroughChatrooms(doing(ChatroomUseCase.class, new IllegalStateException("upstream")), a);
        put(b, CacheKind.CHATROOM_MEMBER_MUTES, "r1");
        assertThatThrownBy(() -> failing.muteChatroomMembers(null,
                new MuteChatroomMembersCommand("r1", List.of("u"), 10, Optional.empty()))).hasMessage("upstream");
        UltraGroupUseCase failingGroups = new WriteThroughUltraGroups(doing(UltraGroupUseCase.class,
                new IllegalStateException("upstream")), a);
        assertThatThrownBy(() -> failingGroups.dismissUltraGroup(null, new DismissUltraGroupCommand("g1"))).hasMessage("upstream");
        assertThat(channel.published).isEmpty();
        assertThat(cached(b, CacheKind.CHATROOM_MEMBER_MUTES, "r1")).isTrue();
    }

    @Test
    void ultraGroupMutationsDropTheGroupWideOrTheChannelsEntriesAndDismissDropsAllOfTheGroup() {
        UltraGroupUseCase groups = new WriteThroughUltraGroups(doing(UltraGroupUseCase.class, null), a);
        for (StateCaches c : List.of(a, b)) {
            for (String key : List.of("g1", "g1/c1", "g1/c2", "g10", "g10/c1")) {
                put(c, CacheKind.ULTRAGROUP_MEMBER_MUTES, key);
                put(c, CacheKind.ULTRAGROUP_MUTE_ALL, key);
            }
        }
        groups.muteUltraGroupUsers(null, new MuteUltraGroupUsersCommand("g1", Optional.of("c1"), List.of("u")));
        assertThat(cached(b, CacheKind.ULTRAGROUP_MEMBER_MUTES, "g1/c1")).isFalse();
        assertThat(cached(b, CacheKind.ULTRAGROUP_MEMBER_MUTES, "g1")).as("the group-wide list is another entry").isTrue();
        groups.muteUltraGroupUsers(null, new MuteUltraGroupUsersCommand("g1", Optional.empty(), List.of("u")));
        assertThat(cached(b, CacheKind.ULTRAGROUP_MEMBER_MUTES, "g1")).isFalse();
        assertThat(cached(b, CacheKind.ULTRAGROUP_MEMBER_MUTES, "g1/c2")).isTrue();
        groups.setUltraGroupMuteAll(null, new SetUltraGroupMuteAllCommand("g1", Optional.of("c2"), true));
        assertThat(cached(b, CacheKind.ULTRAGROUP_MUTE_ALL, "g1/c2")).isFalse();
        groups.deleteUltraGroupChannel(null, new DeleteUltraGroupChannelCommand("g1", "c2"));
        assertThat(cached(b, CacheKind.ULTRAGROUP_MEMBER_MUTES, "g1/c2")).isFalse();
        groups.addUltraGroupMuteWhitelist(null, new AddUltraGroupMuteWhitelistCommand("g1", Optional.empty(), List.of("u")));
        assertThat(channel.published).last().isEqualTo(new Invalidation(CacheKind.ULTRAGROUP_MUTE_ALLOWLIST, List.of("g1")));

        groups.dismissUltraGroup(null, new DismissUltraGroupCommand("g1"));
        for (StateCaches c : List.of(a, b)) {
            assertThat(cached(c, CacheKind.ULTRAGROUP_MUTE_ALL, "g1")).isFalse();
            assertThat(cached(c, CacheKind.ULTRAGROUP_MUTE_ALL, "g1/c1")).isFalse();
            assertThat(cached(c, CacheKind.ULTRAGROUP_MUTE_ALL, "g10")).as("another group").isTrue();
            assertThat(cached(c, CacheKind.ULTRAGROUP_MUTE_ALL, "g10/c1")).as("another group's channel").isTrue();
        }
    }
}
