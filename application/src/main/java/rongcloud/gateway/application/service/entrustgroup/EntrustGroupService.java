package rongcloud.gateway.application.service.entrustgroup;

import java.util.List;
import java.util.Objects;
import rongcloud.gateway.application.port.in.entrustgroup.EntrustGroupUseCase;
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
import rongcloud.gateway.domain.entrustgroup.EntrustGroupPort;

/**
 * The hosted-group use cases: each is exactly one upstream call (commands validate themselves), so that a
 * quota check can sit in front of each method.
 */
public class EntrustGroupService implements EntrustGroupUseCase {
    private final EntrustGroupPort port;

    public EntrustGroupService(EntrustGroupPort port) {
        this.port = Objects.requireNonNull(port, "port");
    }

    @Override
    public void createGroup(CallContext ctx, CreateEntrustGroupCommand command) {
        port.createGroup(ctx, command);
    }

    @Override
    public void updateGroupProfile(CallContext ctx, UpdateEntrustGroupProfileCommand command) {
        port.updateGroupProfile(ctx, command);
    }

    @Override
    public List<EntrustGroup> getGroups(CallContext ctx, BatchGetEntrustGroupsCommand command) {
        return port.getGroups(ctx, command);
    }

    @Override
    public EntrustGroup joinGroup(CallContext ctx, JoinEntrustGroupCommand command) {
        return port.joinGroup(ctx, command);
    }

    @Override
    public void importGroup(CallContext ctx, ImportEntrustGroupCommand command) {
        port.importGroup(ctx, command);
    }

    @Override
    public void quitGroup(CallContext ctx, QuitEntrustGroupCommand command) {
        port.quitGroup(ctx, command);
    }

    @Override
    public void kickMembers(CallContext ctx, KickEntrustGroupMembersCommand command) {
        port.kickMembers(ctx, command);
    }

    @Override
    public void kickUserFromAllGroups(CallContext ctx, KickUserFromAllEntrustGroupsCommand command) {
        port.kickUserFromAllGroups(ctx, command);
    }

    @Override
    public void dismissGroup(CallContext ctx, DismissEntrustGroupCommand command) {
        port.dismissGroup(ctx, command);
    }

    @Override
    public void transferOwner(CallContext ctx, TransferEntrustGroupOwnerCommand command) {
        port.transferOwner(ctx, command);
    }

    @Override
    public List<String> addManagers(CallContext ctx, AddEntrustGroupManagersCommand command) {
        return port.addManagers(ctx, command);
    }

    @Override
    public void removeManagers(CallContext ctx, RemoveEntrustGroupManagersCommand command) {
        port.removeManagers(ctx, command);
    }

    @Override
    public CountedPage<GroupMember> listMembers(CallContext ctx, ListEntrustGroupMembersCommand command) {
        return port.listMembers(ctx, command);
    }

    @Override
    public List<GroupMember> getMembers(CallContext ctx, BatchGetEntrustGroupMembersCommand command) {
        return port.getMembers(ctx, command);
    }

    @Override
    public void updateMember(CallContext ctx, UpdateEntrustGroupMemberCommand command) {
        port.updateMember(ctx, command);
    }

    @Override
    public void followMembers(CallContext ctx, FollowEntrustGroupMembersCommand command) {
        port.followMembers(ctx, command);
    }

    @Override
    public void unfollowMembers(CallContext ctx, UnfollowEntrustGroupMembersCommand command) {
        port.unfollowMembers(ctx, command);
    }

    @Override
    public List<FollowedMember> getFollowedMembers(CallContext ctx, GetFollowedEntrustGroupMembersCommand command) {
        return port.getFollowedMembers(ctx, command);
    }

    @Override
    public void setRemarkName(CallContext ctx, SetEntrustGroupRemarkNameCommand command) {
        port.setRemarkName(ctx, command);
    }

    @Override
    public void deleteRemarkName(CallContext ctx, DeleteEntrustGroupRemarkNameCommand command) {
        port.deleteRemarkName(ctx, command);
    }

    @Override
    public String getRemarkName(CallContext ctx, GetEntrustGroupRemarkNameCommand command) {
        return port.getRemarkName(ctx, command);
    }

    @Override
    public Page<GroupSummary> listGroups(CallContext ctx, ListEntrustGroupsCommand command) {
        return port.listGroups(ctx, command);
    }

    @Override
    public CountedPage<JoinedGroup> listJoinedGroups(CallContext ctx, ListJoinedEntrustGroupsCommand command) {
        return port.listJoinedGroups(ctx, command);
    }
}
