package rongcloud.gateway.application.service.entrustgroup;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
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
    private final QuotaGate quota;

    public EntrustGroupService(EntrustGroupPort port, QuotaGate quota) {
        this.port = Objects.requireNonNull(port, "port");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    @Override
    public void createGroup(CallContext ctx, CreateEntrustGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/create.json"));
        port.createGroup(ctx, command);
    }

    @Override
    public void updateGroupProfile(CallContext ctx, UpdateEntrustGroupProfileCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/profile/update.json"));
        port.updateGroupProfile(ctx, command);
    }

    @Override
    public List<EntrustGroup> getGroups(CallContext ctx, BatchGetEntrustGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/profile/query.json"));
        return port.getGroups(ctx, command);
    }

    @Override
    public EntrustGroup joinGroup(CallContext ctx, JoinEntrustGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/join.json"));
        return port.joinGroup(ctx, command);
    }

    @Override
    public void importGroup(CallContext ctx, ImportEntrustGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/import.json"));
        port.importGroup(ctx, command);
    }

    @Override
    public void quitGroup(CallContext ctx, QuitEntrustGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/quit.json"));
        port.quitGroup(ctx, command);
    }

    @Override
    public void kickMembers(CallContext ctx, KickEntrustGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/kick.json"));
        port.kickMembers(ctx, command);
    }

    @Override
    public void kickUserFromAllGroups(CallContext ctx, KickUserFromAllEntrustGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/kick/all.json"));
        port.kickUserFromAllGroups(ctx, command);
    }

    @Override
    public void dismissGroup(CallContext ctx, DismissEntrustGroupCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/dismiss.json"));
        port.dismissGroup(ctx, command);
    }

    @Override
    public void transferOwner(CallContext ctx, TransferEntrustGroupOwnerCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/transfer/owner.json"));
        port.transferOwner(ctx, command);
    }

    @Override
    public List<String> addManagers(CallContext ctx, AddEntrustGroupManagersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/manager/add.json"));
        return port.addManagers(ctx, command);
    }

    @Override
    public void removeManagers(CallContext ctx, RemoveEntrustGroupManagersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/manager/remove.json"));
        port.removeManagers(ctx, command);
    }

    @Override
    public CountedPage<GroupMember> listMembers(CallContext ctx, ListEntrustGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/query.json"));
        return port.listMembers(ctx, command);
    }

    @Override
    public List<GroupMember> getMembers(CallContext ctx, BatchGetEntrustGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/specific/query.json"));
        return port.getMembers(ctx, command);
    }

    @Override
    public void updateMember(CallContext ctx, UpdateEntrustGroupMemberCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/set.json"));
        port.updateMember(ctx, command);
    }

    @Override
    public void followMembers(CallContext ctx, FollowEntrustGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/follow.json"));
        port.followMembers(ctx, command);
    }

    @Override
    public void unfollowMembers(CallContext ctx, UnfollowEntrustGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/unfollow.json"));
        port.unfollowMembers(ctx, command);
    }

    @Override
    public List<FollowedMember> getFollowedMembers(CallContext ctx, GetFollowedEntrustGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/member/followed/get.json"));
        return port.getFollowedMembers(ctx, command);
    }

    @Override
    public void setRemarkName(CallContext ctx, SetEntrustGroupRemarkNameCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/remarkname/set.json"));
        port.setRemarkName(ctx, command);
    }

    @Override
    public void deleteRemarkName(CallContext ctx, DeleteEntrustGroupRemarkNameCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/remarkname/delete.json"));
        port.deleteRemarkName(ctx, command);
    }

    @Override
    public String getRemarkName(CallContext ctx, GetEntrustGroupRemarkNameCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/remarkname/query.json"));
        return port.getRemarkName(ctx, command);
    }

    @Override
    public Page<GroupSummary> listGroups(CallContext ctx, ListEntrustGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/group/query.json"));
        return port.listGroups(ctx, command);
    }

    @Override
    public CountedPage<JoinedGroup> listJoinedGroups(CallContext ctx, ListJoinedEntrustGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/entrust/joined/group/query.json"));
        return port.listJoinedGroups(ctx, command);
    }
}
