package rongcloud.gateway.application.port.in.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.entrustgroup.EntrustGroup;
import rongcloud.gateway.domain.entrustgroup.GroupMember;
import rongcloud.gateway.domain.user.UserInfo;
import rongcloud.gateway.domain.userprofile.HostedUserProfile;

/**
 * Questions about users, groups, chatrooms and ultra groups answered from the instance's caches (loaded through
 * the areas' use cases on a miss, so misses spend quota): bans, block and allow lists, mutes, and profiles. A
 * whole list is loaded once and answers every membership question about it.
 */
public interface CheckUseCase {
    // Every question comes in two forms. The plain one answers, loading what is missing (it may call upstream and
    // wait: run it where blocking is allowed). The peek one answers only from entries already cached and fresh
    // enough for the command's freshness, without loading, waiting or calling upstream (safe on an event-loop
    // thread); empty when any piece is missing, being loaded, too old, or the command bypasses the cache.

    Checked<List<BlockCheck>> checkBlocked(CallContext ctx, CheckUsersCommand command);

    Optional<Checked<List<BlockCheck>>> peekBlocked(CheckUsersCommand command);

    Checked<List<MembershipCheck>> checkBlacklisted(CallContext ctx, CheckListCommand command);

    Optional<Checked<List<MembershipCheck>>> peekBlacklisted(CheckListCommand command);

    Checked<AllowlistCheck> checkAllowlisted(CallContext ctx, CheckListCommand command);

    Optional<Checked<AllowlistCheck>> peekAllowlisted(CheckListCommand command);

    Checked<List<MembershipCheck>> checkPrivateChatMuted(CallContext ctx, CheckUsersCommand command);

    Optional<Checked<List<MembershipCheck>>> peekPrivateChatMuted(CheckUsersCommand command);

    Checked<List<GroupMuteCheck>> checkMutedInGroup(CallContext ctx, CheckGroupCommand command);

    Optional<Checked<List<GroupMuteCheck>>> peekMutedInGroup(CheckGroupCommand command);

    Checked<List<ChatroomMuteCheck>> checkMutedInChatroom(CallContext ctx, CheckChatroomCommand command);

    Optional<Checked<List<ChatroomMuteCheck>>> peekMutedInChatroom(CheckChatroomCommand command);

    /** Banned (blocked) from a chatroom: {@link BlockCheck#blocked()} while the ban lasts, with its end. */
    Checked<List<BlockCheck>> checkBannedFromChatroom(CallContext ctx, CheckChatroomCommand command);

    Optional<Checked<List<BlockCheck>>> peekBannedFromChatroom(CheckChatroomCommand command);

    Checked<List<UltraGroupMuteCheck>> checkMutedInUltraGroup(CallContext ctx, CheckUltraGroupCommand command);

    Optional<Checked<List<UltraGroupMuteCheck>>> peekMutedInUltraGroup(CheckUltraGroupCommand command);

    Checked<Optional<UserInfo>> userInfo(CallContext ctx, CheckUsersCommand command);

    Optional<Checked<Optional<UserInfo>>> peekUserInfo(CheckUsersCommand command);

    Checked<CachedProfiles<HostedUserProfile>> userProfiles(CallContext ctx, CheckUsersCommand command);

    Optional<Checked<CachedProfiles<HostedUserProfile>>> peekUserProfiles(CheckUsersCommand command);

    Checked<Map<String, List<String>>> userTags(CallContext ctx, CheckUsersCommand command);

    Optional<Checked<Map<String, List<String>>>> peekUserTags(CheckUsersCommand command);

    Checked<CachedProfiles<EntrustGroup>> groups(CallContext ctx, CheckGroupsCommand command);

    Optional<Checked<CachedProfiles<EntrustGroup>>> peekGroups(CheckGroupsCommand command);

    Checked<CachedProfiles<GroupMember>> groupMembers(CallContext ctx, CheckGroupCommand command);

    Optional<Checked<CachedProfiles<GroupMember>>> peekGroupMembers(CheckGroupCommand command);
}
