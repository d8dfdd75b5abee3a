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
 * Questions about users and groups answered from the instance's caches (loaded through the areas' use cases on a
 * miss, so misses spend quota): bans, block and allow lists, mutes, and profiles. A whole list is loaded once and
 * answers every membership question about it.
 */
public interface CheckUseCase {
    Checked<List<BlockCheck>> checkBlocked(CallContext ctx, CheckUsersCommand command);

    Checked<List<MembershipCheck>> checkBlacklisted(CallContext ctx, CheckListCommand command);

    Checked<AllowlistCheck> checkAllowlisted(CallContext ctx, CheckListCommand command);

    Checked<List<MembershipCheck>> checkPrivateChatMuted(CallContext ctx, CheckUsersCommand command);

    Checked<List<GroupMuteCheck>> checkMutedInGroup(CallContext ctx, CheckGroupCommand command);

    Checked<Optional<UserInfo>> userInfo(CallContext ctx, CheckUsersCommand command);

    Checked<CachedProfiles<HostedUserProfile>> userProfiles(CallContext ctx, CheckUsersCommand command);

    Checked<Map<String, List<String>>> userTags(CallContext ctx, CheckUsersCommand command);

    Checked<CachedProfiles<EntrustGroup>> groups(CallContext ctx, CheckGroupsCommand command);

    Checked<CachedProfiles<GroupMember>> groupMembers(CallContext ctx, CheckGroupCommand command);
}
