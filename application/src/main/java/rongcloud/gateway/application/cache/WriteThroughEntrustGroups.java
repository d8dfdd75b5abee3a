package rongcloud.gateway.application.cache;

import static rongcloud.gateway.application.port.out.cache.CacheKind.GROUP_MEMBER;
import static rongcloud.gateway.application.port.out.cache.CacheKind.GROUP_PROFILE;

import java.util.List;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
import rongcloud.gateway.application.port.out.cache.CacheKind;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.entrustgroup.AddEntrustGroupManagersCommand;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.CountedPage;
import rongcloud.gateway.domain.entrustgroup.CreateEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.DeleteEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.DismissEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.EntrustGroup;
import rongcloud.gateway.domain.entrustgroup.FollowEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.FollowedMember;
import rongcloud.gateway.domain.entrustgroup.GetEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.GetFollowedEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.GroupMember;
import rongcloud.gateway.domain.entrustgroup.GroupSummary;
import rongcloud.gateway.domain.entrustgroup.ImportEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.JoinEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.JoinedGroup;
import rongcloud.gateway.domain.entrustgroup.KickEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.KickUserFromAllEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.ListEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.ListEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.ListJoinedEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.QuitEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.RemoveEntrustGroupManagersCommand;
import rongcloud.gateway.domain.entrustgroup.SetEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.TransferEntrustGroupOwnerCommand;
import rongcloud.gateway.domain.entrustgroup.UnfollowEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.UpdateEntrustGroupMemberCommand;
import rongcloud.gateway.domain.entrustgroup.UpdateEntrustGroupProfileCommand;
import rongcloud.gateway.domain.paging.Page;

/**
 * The entrust-group area, write-through: changed group and member profiles are invalidated everywhere after the
 * upstream call (a group's member count is in its profile, so joins and leaves invalidate it too).
 */
public final class WriteThroughEntrustGroups implements EntrustGroupUseCase {
    private final EntrustGroupUseCase next;
    private final StateCaches caches;

    public WriteThroughEntrustGroups(EntrustGroupUseCase next, StateCaches caches) {
        this.next = next;
        this.caches = caches;
    }

    @Override
    public void createGroup(CallContext ctx, CreateEntrustGroupCommand command) {
        next.createGroup(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
        caches.invalidate(GROUP_MEMBER, command.groupId() + "/*");
    }

    @Override
    public void updateGroupProfile(CallContext ctx, UpdateEntrustGroupProfileCommand command) {
        next.updateGroupProfile(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
    }

    @Override
    public List<EntrustGroup> getGroups(CallContext ctx, BatchGetEntrustGroupsCommand command) {
        return next.getGroups(ctx, command);
    }

    @Override
    public EntrustGroup joinGroup(CallContext ctx, JoinEntrustGroupCommand command) {
        EntrustGroup result = next.joinGroup(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
        caches.invalidate(GROUP_MEMBER, members(command.groupId(), command.userIds()));
        return result;
    }

    @Override
    public void importGroup(CallContext ctx, ImportEntrustGroupCommand command) {
        next.importGroup(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
        caches.invalidate(GROUP_MEMBER, command.groupId() + "/*");
    }

    @Override
    public void quitGroup(CallContext ctx, QuitEntrustGroupCommand command) {
        next.quitGroup(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
        caches.invalidate(GROUP_MEMBER, members(command.groupId(), command.userIds()));
    }

    @Override
    public void kickMembers(CallContext ctx, KickEntrustGroupMembersCommand command) {
        next.kickMembers(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
        caches.invalidate(GROUP_MEMBER, members(command.groupId(), command.userIds()));
    }

    @Override
    public void kickUserFromAllGroups(CallContext ctx, KickUserFromAllEntrustGroupsCommand command) {
        next.kickUserFromAllGroups(ctx, command);
        caches.invalidateAll(GROUP_PROFILE);
        caches.invalidateAll(GROUP_MEMBER);
    }

    @Override
    public void dismissGroup(CallContext ctx, DismissEntrustGroupCommand command) {
        next.dismissGroup(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
        caches.invalidate(GROUP_MEMBER, command.groupId() + "/*");
    }

    @Override
    public void transferOwner(CallContext ctx, TransferEntrustGroupOwnerCommand command) {
        next.transferOwner(ctx, command);
        caches.invalidate(GROUP_PROFILE, command.groupId());
        caches.invalidate(GROUP_MEMBER, command.groupId() + "/*");
    }

    @Override
    public List<String> addManagers(CallContext ctx, AddEntrustGroupManagersCommand command) {
        List<String> result = next.addManagers(ctx, command);
        caches.invalidate(GROUP_MEMBER, members(command.groupId(), command.userIds()));
        return result;
    }

    @Override
    public void removeManagers(CallContext ctx, RemoveEntrustGroupManagersCommand command) {
        next.removeManagers(ctx, command);
        caches.invalidate(GROUP_MEMBER, members(command.groupId(), command.userIds()));
    }

    @Override
    public CountedPage<GroupMember> listMembers(CallContext ctx, ListEntrustGroupMembersCommand command) {
        return next.listMembers(ctx, command);
    }

    @Override
    public List<GroupMember> getMembers(CallContext ctx, BatchGetEntrustGroupMembersCommand command) {
        return next.getMembers(ctx, command);
    }

    @Override
    public void updateMember(CallContext ctx, UpdateEntrustGroupMemberCommand command) {
        next.updateMember(ctx, command);
        caches.invalidate(GROUP_MEMBER, CacheKind.memberKey(command.groupId(), command.userId()));
    }

    @Override
    public void followMembers(CallContext ctx, FollowEntrustGroupMembersCommand command) {
        next.followMembers(ctx, command);
    }

    @Override
    public void unfollowMembers(CallContext ctx, UnfollowEntrustGroupMembersCommand command) {
        next.unfollowMembers(ctx, command);
    }

    @Override
    public List<FollowedMember> getFollowedMembers(CallContext ctx, GetFollowedEntrustGroupMembersCommand command) {
        return next.getFollowedMembers(ctx, command);
    }

    @Override
    public void setRemarkName(CallContext ctx, SetEntrustGroupRemarkNameCommand command) {
        next.setRemarkName(ctx, command);
    }

    @Override
    public void deleteRemarkName(CallContext ctx, DeleteEntrustGroupRemarkNameCommand command) {
        next.deleteRemarkName(ctx, command);
    }

    @Override
    public String getRemarkName(CallContext ctx, GetEntrustGroupRemarkNameCommand command) {
        return next.getRemarkName(ctx, command);
    }

    @Override
    public Page<GroupSummary> listGroups(CallContext ctx, ListEntrustGroupsCommand command) {
        return next.listGroups(ctx, command);
    }

    @Override
    public CountedPage<JoinedGroup> listJoinedGroups(CallContext ctx, ListJoinedEntrustGroupsCommand command) {
        return next.listJoinedGroups(ctx, command);
    }

    private static List<String> members(String groupId, List<String> userIds) {
        return userIds.stream().map(u -> CacheKind.memberKey(groupId, u)).toList();
    }
}
