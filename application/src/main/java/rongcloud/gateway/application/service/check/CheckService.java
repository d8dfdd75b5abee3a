package rongcloud.gateway.application.service.check;

import static rongcloud.gateway.application.port.out.cache.CacheKind.WHOLE_LIST;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import rongcloud.gateway.application.cache.StateCaches;
import rongcloud.gateway.application.port.in.check.AllowlistCheck;
import rongcloud.gateway.application.port.in.check.BlockCheck;
import rongcloud.gateway.application.port.in.check.CachedProfiles;
import rongcloud.gateway.application.port.in.check.ChatroomMuteCheck;
import rongcloud.gateway.application.port.in.check.CheckChatroomCommand;
import rongcloud.gateway.application.port.in.check.CheckGroupCommand;
import rongcloud.gateway.application.port.in.check.CheckGroupsCommand;
import rongcloud.gateway.application.port.in.check.CheckListCommand;
import rongcloud.gateway.application.port.in.check.CheckUseCase;
import rongcloud.gateway.application.port.in.check.CheckUltraGroupCommand;
import rongcloud.gateway.application.port.in.check.CheckUsersCommand;
import rongcloud.gateway.application.port.in.check.Checked;
import rongcloud.gateway.application.port.in.check.Freshness;
import rongcloud.gateway.application.port.in.check.GroupMuteCheck;
import rongcloud.gateway.application.port.in.check.MembershipCheck;
import rongcloud.gateway.application.port.in.check.UltraGroupMuteCheck;
import rongcloud.gateway.application.port.in.chatroom.ChatroomUseCase;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.application.port.in.ultragroup.UltraGroupUseCase;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.application.port.in.userprofile.UserProfileUseCase;
import rongcloud.gateway.application.port.out.cache.CacheEntry;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.application.port.out.cache.Lookup;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.chatroom.CheckChatroomMuteAllCommand;
import rongcloud.gateway.domain.chatroom.ListBlockedChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.ListMutedChatroomMembersCommand;
import rongcloud.gateway.domain.chatroom.QueryChatroomMuteAllExceptionsCommand;
import rongcloud.gateway.domain.chatroom.RestrictedUser;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.EntrustGroup;
import rongcloud.gateway.domain.entrustgroup.EntrustGroupLimits;
import rongcloud.gateway.domain.entrustgroup.GroupMember;
import rongcloud.gateway.domain.error.UpstreamErrorKind;
import rongcloud.gateway.domain.error.UpstreamException;
import rongcloud.gateway.domain.group.GetGroupMuteAllStatesCommand;
import rongcloud.gateway.domain.group.ListGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.ListMutedGroupMembersCommand;
import rongcloud.gateway.domain.group.MutedGroupMember;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.ultragroup.GetUltraGroupMuteAllCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.ultragroup.ListUltraGroupMutedUsersCommand;
import rongcloud.gateway.domain.ultragroup.UltraGroupLimits;
import rongcloud.gateway.domain.user.BlockedUser;
import rongcloud.gateway.domain.user.GetUserInfoCommand;
import rongcloud.gateway.domain.user.GetUserTagsCommand;
import rongcloud.gateway.domain.user.ListBlockedUsersCommand;
import rongcloud.gateway.domain.user.ListPrivateChatMutedUsersCommand;
import rongcloud.gateway.domain.user.MutedUsers;
import rongcloud.gateway.domain.user.UserInfo;
import rongcloud.gateway.domain.user.UserLimits;
import rongcloud.gateway.domain.userlists.GetListModesCommand;
import rongcloud.gateway.domain.userlists.ListMode;
import rongcloud.gateway.domain.userlists.ListUserListCommand;
import rongcloud.gateway.domain.userlists.UserListLimits;
import rongcloud.gateway.domain.userlists.UserListMode;
import rongcloud.gateway.domain.userprofile.BatchGetUserProfilesCommand;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;
import rongcloud.gateway.domain.userprofile.UserProfileLimits;

/**
 * Answers the check questions from {@link StateCaches}; a miss loads through the areas' use cases (so it spends
 * quota like any other call, with the first asking caller's context), the whole list at once where the question is
 * about membership of a list, and concurrent misses of one key share that one load. RongCloud's "does not exist"
 * (a NOT_FOUND code, or an id left out of a batch answer) is cached as a negative entry.
 */
public final class CheckService implements CheckUseCase {
    /** Guard against an upstream that never ends a paged list: 1000 pages. */
    private static final int MAX_PAGES = 1000;
    /**
     * /user/info.json answers an unknown user with 1002 (a parameter error); the id was checked well-formed before
     * the call, so here it means "no such user".
     */
    private static final int UNKNOWN_USER = 1002;

    /**
     * The context handed to the questions in peek mode: their loaders (the only users of the context) are never
     * called then.
     */
    private static final CallContext NO_CALL = null;

    private final StateCaches caches;
    private final UserManagementUseCase users;
    private final UserListUseCase lists;
    private final UserProfileUseCase profiles;
    private final GroupMuteManagementUseCase groupMutes;
    private final EntrustGroupUseCase groups;
    private final ChatroomUseCase chatrooms;
    private final UltraGroupUseCase ultraGroups;

    public CheckService(StateCaches caches, UserManagementUseCase users, UserListUseCase lists,
                        UserProfileUseCase profiles, GroupMuteManagementUseCase groupMutes, EntrustGroupUseCase groups,
                        ChatroomUseCase chatrooms, UltraGroupUseCase ultraGroups) {
        this.caches = Objects.requireNonNull(caches, "caches");
        this.users = users;
        this.lists = lists;
        this.profiles = profiles;
        this.groupMutes = groupMutes;
        this.groups = groups;
        this.chatrooms = chatrooms;
        this.ultraGroups = ultraGroups;
    }

    @Override
    public Checked<List<BlockCheck>> checkBlocked(CallContext ctx, CheckUsersCommand command) {
        return checkBlocked(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<List<BlockCheck>>> peekBlocked(CheckUsersCommand command) {
        return peek(command.freshness(), a -> checkBlocked(NO_CALL, command, a));
    }

    private Checked<List<BlockCheck>> checkBlocked(CallContext ctx, CheckUsersCommand command, Answer a) {
        Map<String, Instant> blocked = a.<Map<String, Instant>>one(CacheKind.BLOCKED_USERS, WHOLE_LIST,
                () -> loadBlocked(ctx)).orElse(Map.of());
        Instant now = caches.now();
        List<BlockCheck> result = command.userIds().stream().map(u -> {
            Instant end = blocked.get(u);
            boolean active = end != null && end.isAfter(now);
            return new BlockCheck(u, active, active ? Optional.of(end) : Optional.empty());
        }).toList();
        return a.done(result);
    }

    @Override
    public Checked<List<MembershipCheck>> checkBlacklisted(CallContext ctx, CheckListCommand command) {
        return checkBlacklisted(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<List<MembershipCheck>>> peekBlacklisted(CheckListCommand command) {
        return peek(command.freshness(), a -> checkBlacklisted(NO_CALL, command, a));
    }

    private Checked<List<MembershipCheck>> checkBlacklisted(CallContext ctx, CheckListCommand command, Answer a) {
        Set<String> list = a.<Set<String>>one(CacheKind.BLACKLIST, command.ownerId(),
                () -> loadUserList(ctx, command.ownerId(), false)).orElse(Set.of());
        return a.done(members(command.targetIds(), list));
    }

    @Override
    public Checked<AllowlistCheck> checkAllowlisted(CallContext ctx, CheckListCommand command) {
        return checkAllowlisted(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<AllowlistCheck>> peekAllowlisted(CheckListCommand command) {
        return peek(command.freshness(), a -> checkAllowlisted(NO_CALL, command, a));
    }

    private Checked<AllowlistCheck> checkAllowlisted(CallContext ctx, CheckListCommand command, Answer a) {
        Set<String> list = a.<Set<String>>one(CacheKind.ALLOWLIST, command.ownerId(),
                () -> loadUserList(ctx, command.ownerId(), true)).orElse(Set.of());
        ListMode mode = a.<ListMode>one(CacheKind.LIST_MODE, command.ownerId(),
                () -> loadListMode(ctx, command.ownerId())).orElse(ListMode.BLACKLIST);
        return a.done(new AllowlistCheck(mode == ListMode.ALLOWLIST, members(command.targetIds(), list)));
    }

    @Override
    public Checked<List<MembershipCheck>> checkPrivateChatMuted(CallContext ctx, CheckUsersCommand command) {
        return checkPrivateChatMuted(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<List<MembershipCheck>>> peekPrivateChatMuted(CheckUsersCommand command) {
        return peek(command.freshness(), a -> checkPrivateChatMuted(NO_CALL, command, a));
    }

    private Checked<List<MembershipCheck>> checkPrivateChatMuted(CallContext ctx, CheckUsersCommand command, Answer a) {
        Set<String> muted = a.<Set<String>>one(CacheKind.PRIVATE_CHAT_MUTES, WHOLE_LIST,
                () -> loadPrivateChatMutes(ctx)).orElse(Set.of());
        return a.done(members(command.userIds(), muted));
    }

    @Override
    public Checked<List<GroupMuteCheck>> checkMutedInGroup(CallContext ctx, CheckGroupCommand command) {
        return checkMutedInGroup(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<List<GroupMuteCheck>>> peekMutedInGroup(CheckGroupCommand command) {
        return peek(command.freshness(), a -> checkMutedInGroup(NO_CALL, command, a));
    }

    private Checked<List<GroupMuteCheck>> checkMutedInGroup(CallContext ctx, CheckGroupCommand command, Answer a) {
        String group = command.groupId();
        Map<String, Instant> inGroup = a.<Map<String, Instant>>one(CacheKind.GROUP_MEMBER_MUTES, group,
                () -> loadGroupMutes(ctx, Optional.of(group))).orElse(Map.of());
        Map<String, Instant> everywhere = a.<Map<String, Instant>>one(CacheKind.GROUP_MEMBER_MUTES, WHOLE_LIST,
                () -> loadGroupMutes(ctx, Optional.empty())).orElse(Map.of());
        boolean mutedForAll = a.<Boolean>one(CacheKind.GROUP_MUTE_ALL, group, () -> loadMuteAll(ctx, group)).orElse(false);
        Set<String> allowed = mutedForAll
                ? a.<Set<String>>one(CacheKind.GROUP_MUTE_ALLOWLIST, group, () -> loadMuteAllowlist(ctx, group)).orElse(Set.of())
                : Set.of();
        Instant now = caches.now();
        List<GroupMuteCheck> result = command.userIds().stream().map(u -> {
            if (active(inGroup.get(u), now)) {
                return new GroupMuteCheck(u, true, GroupMuteCheck.Reason.MEMBER_MUTED);
            }
            if (active(everywhere.get(u), now)) {
                return new GroupMuteCheck(u, true, GroupMuteCheck.Reason.MUTED_IN_ALL_GROUPS);
            }
            if (mutedForAll && !allowed.contains(u)) {
                return new GroupMuteCheck(u, true, GroupMuteCheck.Reason.GROUP_MUTED_FOR_ALL);
            }
            return new GroupMuteCheck(u, false, GroupMuteCheck.Reason.NONE);
        }).toList();
        return a.done(result);
    }

    @Override
    public Checked<List<ChatroomMuteCheck>> checkMutedInChatroom(CallContext ctx, CheckChatroomCommand command) {
        return checkMutedInChatroom(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<List<ChatroomMuteCheck>>> peekMutedInChatroom(CheckChatroomCommand command) {
        return peek(command.freshness(), a -> checkMutedInChatroom(NO_CALL, command, a));
    }

    private Checked<List<ChatroomMuteCheck>> checkMutedInChatroom(CallContext ctx, CheckChatroomCommand command, Answer a) {
        String room = command.chatroomId();
        Map<String, Instant> inRoom = a.<Map<String, Instant>>one(CacheKind.CHATROOM_MEMBER_MUTES, room,
                () -> loadChatroomMutes(ctx, room)).orElse(Map.of());
        Map<String, Instant> everywhere = a.<Map<String, Instant>>one(CacheKind.CHATROOM_MEMBER_MUTES, WHOLE_LIST,
                () -> loadUsersMutedInAllChatrooms(ctx)).orElse(Map.of());
        boolean mutedForAll = a.<Boolean>one(CacheKind.CHATROOM_MUTE_ALL, room, () -> notFoundIsAbsent(
                () -> chatrooms.checkChatroomMuteAll(ctx, new CheckChatroomMuteAllCommand(room)))).orElse(false);
        Set<String> exceptions = mutedForAll
                ? a.<Set<String>>one(CacheKind.CHATROOM_MUTE_ALL_EXCEPTIONS, room, () -> notFoundIsAbsent(
                        () -> Set.copyOf(chatrooms.queryChatroomMuteAllExceptions(ctx,
                                new QueryChatroomMuteAllExceptionsCommand(room))))).orElse(Set.of())
                : Set.of();
        Instant now = caches.now();
        List<ChatroomMuteCheck> result = command.userIds().stream().map(u -> {
            Instant end = inRoom.get(u);
            if (active(end, now)) {
                return new ChatroomMuteCheck(u, true, ChatroomMuteCheck.Reason.MEMBER_MUTED, endTime(end));
            }
            end = everywhere.get(u);
            if (active(end, now)) {
                return new ChatroomMuteCheck(u, true, ChatroomMuteCheck.Reason.MUTED_IN_ALL_CHATROOMS, endTime(end));
            }
            if (mutedForAll && !exceptions.contains(u)) {
                return new ChatroomMuteCheck(u, true, ChatroomMuteCheck.Reason.CHATROOM_MUTED_FOR_ALL, Optional.empty());
            }
            return new ChatroomMuteCheck(u, false, ChatroomMuteCheck.Reason.NONE, Optional.empty());
        }).toList();
        return a.done(result);
    }

    @Override
    public Checked<List<BlockCheck>> checkBannedFromChatroom(CallContext ctx, CheckChatroomCommand command) {
        return checkBannedFromChatroom(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<List<BlockCheck>>> peekBannedFromChatroom(CheckChatroomCommand command) {
        return peek(command.freshness(), a -> checkBannedFromChatroom(NO_CALL, command, a));
    }

    private Checked<List<BlockCheck>> checkBannedFromChatroom(CallContext ctx, CheckChatroomCommand command, Answer a) {
        String room = command.chatroomId();
        Map<String, Instant> banned = a.<Map<String, Instant>>one(CacheKind.CHATROOM_BLOCKS, room,
                () -> notFoundIsAbsent(() -> ends(chatrooms.listBlockedChatroomMembers(ctx,
                        new ListBlockedChatroomMembersCommand(room))))).orElse(Map.of());
        Instant now = caches.now();
        List<BlockCheck> result = command.userIds().stream().map(u -> {
            Instant end = banned.get(u);
            boolean active = active(end, now);
            return new BlockCheck(u, active, active ? endTime(end) : Optional.empty());
        }).toList();
        return a.done(result);
    }

    @Override
    public Checked<List<UltraGroupMuteCheck>> checkMutedInUltraGroup(CallContext ctx, CheckUltraGroupCommand command) {
        return checkMutedInUltraGroup(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<List<UltraGroupMuteCheck>>> peekMutedInUltraGroup(CheckUltraGroupCommand command) {
        return peek(command.freshness(), a -> checkMutedInUltraGroup(NO_CALL, command, a));
    }

    /**
     * Group-wide state (key: the group id) always; the channel's (key {@code group/channel}) when one is asked
     * about. An allow list (group-wide or the channel's) lets a user speak through either mute-all, never through
     * a member mute (the emulator's model of RongCloud's rule; the docs do not state it).
     */
    private Checked<List<UltraGroupMuteCheck>> checkMutedInUltraGroup(CallContext ctx, CheckUltraGroupCommand command,
                                                                      Answer a) {
        String group = command.groupId();
        Optional<String> channel = command.channelId();
        Set<String> groupMuted = ultraGroupMutes(ctx, a, group, Optional.empty());
        Set<String> channelMuted = channel.isPresent() ? ultraGroupMutes(ctx, a, group, channel) : Set.of();
        boolean groupMutedForAll = ultraGroupMuteAll(ctx, a, group, Optional.empty());
        boolean channelMutedForAll = channel.isPresent() && ultraGroupMuteAll(ctx, a, group, channel);
        Set<String> allowed = new HashSet<>();
        if (groupMutedForAll || channelMutedForAll) {
            allowed.addAll(ultraGroupAllowlist(ctx, a, group, Optional.empty()));
            if (channel.isPresent()) {
                allowed.addAll(ultraGroupAllowlist(ctx, a, group, channel));
            }
        }
        List<UltraGroupMuteCheck> result = command.userIds().stream().map(u -> {
            if (groupMuted.contains(u)) {
                return new UltraGroupMuteCheck(u, true, UltraGroupMuteCheck.Reason.MEMBER_MUTED);
            }
            if (channelMuted.contains(u)) {
                return new UltraGroupMuteCheck(u, true, UltraGroupMuteCheck.Reason.MEMBER_MUTED_IN_CHANNEL);
            }
            if (groupMutedForAll && !allowed.contains(u)) {
                return new UltraGroupMuteCheck(u, true, UltraGroupMuteCheck.Reason.GROUP_MUTED_FOR_ALL);
            }
            if (channelMutedForAll && !allowed.contains(u)) {
                return new UltraGroupMuteCheck(u, true, UltraGroupMuteCheck.Reason.CHANNEL_MUTED_FOR_ALL);
            }
            return new UltraGroupMuteCheck(u, false, UltraGroupMuteCheck.Reason.NONE);
        }).toList();
        return a.done(result);
    }

    private Set<String> ultraGroupMutes(CallContext ctx, Answer a, String group, Optional<String> channel) {
        return a.<Set<String>>one(CacheKind.ULTRAGROUP_MEMBER_MUTES, CacheKind.channelKey(group, channel),
                () -> notFoundIsAbsent(() -> allPages(token -> ultraGroups.listUltraGroupMutedUsers(ctx,
                        ListUltraGroupMutedUsersCommand.of(group, channel, UltraGroupLimits.MUTED_PAGE_MAX, token)))))
                .orElse(Set.of());
    }

    private boolean ultraGroupMuteAll(CallContext ctx, Answer a, String group, Optional<String> channel) {
        return a.<Boolean>one(CacheKind.ULTRAGROUP_MUTE_ALL, CacheKind.channelKey(group, channel),
                () -> notFoundIsAbsent(() -> ultraGroups.getUltraGroupMuteAll(ctx,
                        new GetUltraGroupMuteAllCommand(group, channel)))).orElse(false);
    }

    private Set<String> ultraGroupAllowlist(CallContext ctx, Answer a, String group, Optional<String> channel) {
        return a.<Set<String>>one(CacheKind.ULTRAGROUP_MUTE_ALLOWLIST, CacheKind.channelKey(group, channel),
                () -> notFoundIsAbsent(() -> allPages(token -> ultraGroups.listUltraGroupMuteWhitelist(ctx,
                        ListUltraGroupMuteWhitelistCommand.of(group, channel, UltraGroupLimits.WHITELIST_PAGE_MAX, token)))))
                .orElse(Set.of());
    }

    @Override
    public Checked<Optional<UserInfo>> userInfo(CallContext ctx, CheckUsersCommand command) {
        return userInfo(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<Optional<UserInfo>>> peekUserInfo(CheckUsersCommand command) {
        return peek(command.freshness(), a -> userInfo(NO_CALL, command, a));
    }

    private Checked<Optional<UserInfo>> userInfo(CallContext ctx, CheckUsersCommand command, Answer a) {
        String user = command.userIds().get(0);
        Optional<UserInfo> info = a.one(CacheKind.USER_INFO, user, () -> notFoundIsAbsent(
                () -> users.getUserInfo(ctx, new GetUserInfoCommand(user)), UNKNOWN_USER));
        return a.done(info);
    }

    @Override
    public Checked<CachedProfiles<HostedUserProfile>> userProfiles(CallContext ctx, CheckUsersCommand command) {
        return userProfiles(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<CachedProfiles<HostedUserProfile>>> peekUserProfiles(CheckUsersCommand command) {
        return peek(command.freshness(), a -> userProfiles(NO_CALL, command, a));
    }

    private Checked<CachedProfiles<HostedUserProfile>> userProfiles(CallContext ctx, CheckUsersCommand command, Answer a) {
        Map<String, Optional<HostedUserProfile>> found = a.all(CacheKind.USER_PROFILE, command.userIds(),
                missing -> loadInChunks(missing, UserProfileLimits.BATCH_QUERY_MAX_USERS,
                        chunk -> profiles.batchGetUserProfiles(ctx, new BatchGetUserProfilesCommand(chunk)),
                        HostedUserProfile::userId));
        return a.done(profilesOf(command.userIds(), found));
    }

    @Override
    public Checked<Map<String, List<String>>> userTags(CallContext ctx, CheckUsersCommand command) {
        return userTags(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<Map<String, List<String>>>> peekUserTags(CheckUsersCommand command) {
        return peek(command.freshness(), a -> userTags(NO_CALL, command, a));
    }

    private Checked<Map<String, List<String>>> userTags(CallContext ctx, CheckUsersCommand command, Answer a) {
        Map<String, Optional<List<String>>> found = a.all(CacheKind.USER_TAGS, command.userIds(), missing -> {
            Instant at = caches.now();
            Map<String, CacheEntry<List<String>>> entries = new HashMap<>();
            for (List<String> chunk : chunks(missing, UserLimits.GET_TAGS_MAX_USERS)) {
                Map<String, List<String>> tags = users.getUserTags(ctx, new GetUserTagsCommand(chunk));
                chunk.forEach(u -> entries.put(u, CacheEntry.found(List.copyOf(tags.getOrDefault(u, List.of())), at)));
            }
            return entries;
        });
        Map<String, List<String>> result = new LinkedHashMap<>();
        command.userIds().forEach(u -> result.put(u, found.get(u).orElse(List.of())));
        return a.done(result);
    }

    @Override
    public Checked<CachedProfiles<EntrustGroup>> groups(CallContext ctx, CheckGroupsCommand command) {
        return groups(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<CachedProfiles<EntrustGroup>>> peekGroups(CheckGroupsCommand command) {
        return peek(command.freshness(), a -> groups(NO_CALL, command, a));
    }

    private Checked<CachedProfiles<EntrustGroup>> groups(CallContext ctx, CheckGroupsCommand command, Answer a) {
        Map<String, Optional<EntrustGroup>> found = a.all(CacheKind.GROUP_PROFILE, command.groupIds(),
                missing -> loadInChunks(missing, EntrustGroupLimits.QUERY_MAX_GROUPS,
                        chunk -> notFoundIsEmpty(() -> groups.getGroups(ctx, new BatchGetEntrustGroupsCommand(chunk))),
                        EntrustGroup::groupId));
        return a.done(profilesOf(command.groupIds(), found));
    }

    @Override
    public Checked<CachedProfiles<GroupMember>> groupMembers(CallContext ctx, CheckGroupCommand command) {
        return groupMembers(ctx, command, loading(command.freshness()));
    }

    @Override
    public Optional<Checked<CachedProfiles<GroupMember>>> peekGroupMembers(CheckGroupCommand command) {
        return peek(command.freshness(), a -> groupMembers(NO_CALL, command, a));
    }

    private Checked<CachedProfiles<GroupMember>> groupMembers(CallContext ctx, CheckGroupCommand command, Answer a) {
        String group = command.groupId();
        List<String> keys = command.userIds().stream().map(u -> CacheKind.memberKey(group, u)).toList();
        Map<String, Optional<GroupMember>> found = a.all(CacheKind.GROUP_MEMBER, keys,
                missing -> loadInChunks(missing.stream().map(k -> k.substring(group.length() + 1)).toList(),
                        EntrustGroupLimits.MEMBERS_MAX_PER_REQUEST,
                        chunk -> notFoundIsEmpty(() -> groups.getMembers(ctx, new BatchGetEntrustGroupMembersCommand(group, chunk))),
                        m -> CacheKind.memberKey(group, m.userId())));
        List<GroupMember> members = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Optional<GroupMember> m = found.get(keys.get(i));
            if (m.isPresent()) {
                members.add(m.get());
            } else {
                missing.add(command.userIds().get(i));
            }
        }
        return a.done(new CachedProfiles<>(members, missing));
    }

    private Answer loading(Freshness freshness) {
        return new Answer(freshness.minLoadedAt(caches.now()), false);
    }

    /** Runs {@code question} on cached entries only: empty as soon as one piece would need a load. */
    private <T> Optional<Checked<T>> peek(Freshness freshness, Function<Answer, Checked<T>> question) {
        if (freshness.bypass()) {
            return Optional.empty();
        }
        try {
            return Optional.of(question.apply(new Answer(freshness.minLoadedAt(caches.now()), true)));
        } catch (NotCached e) {
            return Optional.empty();
        }
    }

    // ---- loaders: whole lists, paged upstream as needed ----

    private CacheEntry<Map<String, Instant>> loadBlocked(CallContext ctx) {
        Instant at = caches.now();
        Map<String, Instant> blocked = new HashMap<>();
        String token = "";
        for (int i = 0; i < MAX_PAGES; i++) {
            Page<BlockedUser> page = users.listBlockedUsers(ctx, ListBlockedUsersCommand.of(UserLimits.BLOCKED_PAGE_MAX, token));
            page.items().forEach(b -> blocked.put(b.userId(), b.blockEndTime()));
            if (page.nextPageToken().isEmpty() || page.items().isEmpty()) {
                break;
            }
            token = page.nextPageToken().get();
        }
        return CacheEntry.found(Map.copyOf(blocked), at);
    }

    private CacheEntry<Set<String>> loadPrivateChatMutes(CallContext ctx) {
        Instant at = caches.now();
        Set<String> muted = new HashSet<>();
        String token = "";
        for (int i = 0; i < MAX_PAGES; i++) {
            MutedUsers page = users.listPrivateChatMutedUsers(ctx,
                    ListPrivateChatMutedUsersCommand.of(UserLimits.MUTED_PAGE_MAX, token));
            muted.addAll(page.page().items());
            if (page.page().nextPageToken().isEmpty() || page.page().items().isEmpty()) {
                break;
            }
            token = page.page().nextPageToken().get();
        }
        return CacheEntry.found(Set.copyOf(muted), at);
    }

    private CacheEntry<Set<String>> loadUserList(CallContext ctx, String owner, boolean allowlist) {
        Instant at = caches.now();
        Set<String> listed = new HashSet<>();
        String token = "";
        for (int i = 0; i < MAX_PAGES; i++) {
            ListUserListCommand page = ListUserListCommand.of(owner, UserListLimits.PAGE_MAX, token);
            Page<String> items = allowlist ? lists.listAllowlist(ctx, page) : lists.listBlacklist(ctx, page);
            listed.addAll(items.items());
            if (items.nextPageToken().isEmpty() || items.items().isEmpty()) {
                break;
            }
            token = items.nextPageToken().get();
        }
        return CacheEntry.found(Set.copyOf(listed), at);
    }

    private CacheEntry<ListMode> loadListMode(CallContext ctx, String user) {
        Instant at = caches.now();
        ListMode mode = lists.getListModes(ctx, new GetListModesCommand(List.of(user))).stream()
                .filter(m -> m.userId().equals(user)).map(UserListMode::mode).findFirst().orElse(ListMode.BLACKLIST);
        return CacheEntry.found(mode, at);
    }

    private CacheEntry<Map<String, Instant>> loadGroupMutes(CallContext ctx, Optional<String> group) {
        return notFoundIsAbsent(() -> {
            Map<String, Instant> muted = new HashMap<>();
            for (MutedGroupMember m : groupMutes.listMutedGroupMembers(ctx, new ListMutedGroupMembersCommand(group))) {
                muted.put(m.userId(), m.endTime().orElse(Instant.MAX));
            }
            return Map.copyOf(muted);
        });
    }

    private CacheEntry<Boolean> loadMuteAll(CallContext ctx, String group) {
        return notFoundIsAbsent(() -> groupMutes.getGroupMuteAllStates(ctx,
                new GetGroupMuteAllStatesCommand(List.of(group))).getOrDefault(group, false));
    }

    private CacheEntry<Set<String>> loadMuteAllowlist(CallContext ctx, String group) {
        return notFoundIsAbsent(() -> Set.copyOf(groupMutes.listGroupMuteWhitelist(ctx,
                new ListGroupMuteWhitelistCommand(group))));
    }

    private CacheEntry<Map<String, Instant>> loadChatroomMutes(CallContext ctx, String room) {
        return notFoundIsAbsent(() -> ends(chatrooms.listMutedChatroomMembers(ctx, new ListMutedChatroomMembersCommand(room))));
    }

    private CacheEntry<Map<String, Instant>> loadUsersMutedInAllChatrooms(CallContext ctx) {
        return notFoundIsAbsent(() -> ends(chatrooms.listUsersMutedInAllChatrooms(ctx)));
    }

    /** User id → end of the mute or ban; an end RongCloud did not give counts as never ending. */
    private static Map<String, Instant> ends(List<RestrictedUser> users) {
        Map<String, Instant> ends = new HashMap<>();
        users.forEach(u -> ends.put(u.userId(), u.endTime().orElse(Instant.MAX)));
        return Map.copyOf(ends);
    }

    /** Every item of a paged list (at most {@link #MAX_PAGES} pages). */
    private static Set<String> allPages(Function<String, Page<String>> page) {
        Set<String> all = new HashSet<>();
        String token = "";
        for (int i = 0; i < MAX_PAGES; i++) {
            Page<String> p = page.apply(token);
            all.addAll(p.items());
            if (p.nextPageToken().isEmpty() || p.items().isEmpty()) {
                break;
            }
            token = p.nextPageToken().get();
        }
        return Set.copyOf(all);
    }

    private <T> Map<String, CacheEntry<T>> loadInChunks(Collection<String> ids, int chunkSize,
                                                        Function<List<String>, List<T>> call, Function<T, String> key) {
        Instant at = caches.now();
        Map<String, CacheEntry<T>> entries = new HashMap<>();
        for (List<String> chunk : chunks(ids, chunkSize)) {
            for (T value : call.apply(chunk)) {
                entries.put(key.apply(value), CacheEntry.found(value, at));
            }
        }
        return entries; // ids left out are cached as absent by the cache
    }

    private <T> CacheEntry<T> notFoundIsAbsent(Supplier<T> load) {
        return notFoundIsAbsent(load, -1);
    }

    /** {@code alsoAbsent}: one more code that means "does not exist" for this call (-1: none). */
    private <T> CacheEntry<T> notFoundIsAbsent(Supplier<T> load, int alsoAbsent) {
        Instant at = caches.now();
        try {
            return CacheEntry.found(load.get(), at);
        } catch (UpstreamException e) {
            if (e.kind() == UpstreamErrorKind.NOT_FOUND || e.code() == alsoAbsent) {
                return CacheEntry.absent(at);
            }
            throw e;
        }
    }

    private static <T> List<T> notFoundIsEmpty(Supplier<List<T>> load) {
        try {
            return load.get();
        } catch (UpstreamException e) {
            if (e.kind() == UpstreamErrorKind.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    private static List<List<String>> chunks(Collection<String> ids, int size) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    private static List<MembershipCheck> members(List<String> ids, Set<String> list) {
        return ids.stream().map(id -> new MembershipCheck(id, list.contains(id))).toList();
    }

    private static boolean active(Instant end, Instant now) {
        return end != null && end.isAfter(now);
    }

    private static Optional<Instant> endTime(Instant end) {
        return Instant.MAX.equals(end) ? Optional.empty() : Optional.of(end);
    }

    private static <T> CachedProfiles<T> profilesOf(List<String> ids, Map<String, Optional<T>> found) {
        List<T> values = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Optional<T> v = found.get(id);
            if (v != null && v.isPresent()) {
                values.add(v.get());
            } else {
                missing.add(id);
            }
        }
        return new CachedProfiles<>(values, missing);
    }

    /** Collects the lookups an answer is computed from: from cache only if none loaded; the age of the oldest. */
    private final class Answer {
        private final Instant minLoadedAt;
        /** Cached entries only: a piece that would need a load ends the answer ({@link NotCached}). */
        private final boolean peekOnly;
        private boolean loaded;
        private Instant oldest;

        Answer(Instant minLoadedAt, boolean peekOnly) {
            this.minLoadedAt = minLoadedAt;
            this.peekOnly = peekOnly;
        }

        private <V> Lookup<V> peek(CacheKind kind, String key) {
            return caches.<V>cache(kind).peek(key, minLoadedAt).map(e -> new Lookup<>(e, false))
                    .orElseThrow(() -> NotCached.INSTANCE);
        }

        <V> Optional<V> one(CacheKind kind, String key, Supplier<CacheEntry<V>> loader) {
            Lookup<V> l = peekOnly ? peek(kind, key) : caches.<V>cache(kind).get(key, minLoadedAt, loader);
            note(l);
            return l.entry().value();
        }

        <V> Map<String, Optional<V>> all(CacheKind kind, List<String> keys,
                                         Function<Set<String>, Map<String, CacheEntry<V>>> loader) {
            Map<String, Lookup<V>> ls;
            if (peekOnly) {
                ls = new HashMap<>();
                for (String k : keys) {
                    ls.put(k, peek(kind, k));
                }
            } else {
                ls = caches.<V>cache(kind).getAll(keys, minLoadedAt, loader);
            }
            Map<String, Optional<V>> values = new HashMap<>();
            ls.forEach((k, l) -> {
                note(l);
                values.put(k, l.entry().value());
            });
            return values;
        }

        private void note(Lookup<?> l) {
            loaded |= l.loaded();
            Instant at = l.entry().loadedAt();
            if (oldest == null || at.isBefore(oldest)) {
                oldest = at;
            }
        }

        <T> Checked<T> done(T value) {
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, caches.now());
            return new Checked<>(value, !loaded, age.isNegative() ? Duration.ZERO : age);
        }
    }

    /** Peek mode met a piece that is not cached (or not fresh enough): thrown without a stack trace, caught by peek. */
    private static final class NotCached extends RuntimeException {
        static final NotCached INSTANCE = new NotCached();

        private NotCached() {
            super("not cached", null, false, false);
        }
    }
}
