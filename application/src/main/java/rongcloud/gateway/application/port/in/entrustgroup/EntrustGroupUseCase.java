package rongcloud.gateway.application.port.in.entrustgroup;

import java.util.List;
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

/** What callers can do with RongCloud hosted groups: the incoming port of the "entrust-group" area. */
public interface EntrustGroupUseCase {
    void createGroup(CallContext ctx, CreateEntrustGroupCommand command);

    void updateGroupProfile(CallContext ctx, UpdateEntrustGroupProfileCommand command);

    List<EntrustGroup> getGroups(CallContext ctx, BatchGetEntrustGroupsCommand command);

    EntrustGroup joinGroup(CallContext ctx, JoinEntrustGroupCommand command);

    void importGroup(CallContext ctx, ImportEntrustGroupCommand command);

    void quitGroup(CallContext ctx, QuitEntrustGroupCommand command);

    void kickMembers(CallContext ctx, KickEntrustGroupMembersCommand command);

    void kickUserFromAllGroups(CallContext ctx, KickUserFromAllEntrustGroupsCommand command);

    void dismissGroup(CallContext ctx, DismissEntrustGroupCommand command);

    void transferOwner(CallContext ctx, TransferEntrustGroupOwnerCommand command);

    List<String> addManagers(CallContext ctx, AddEntrustGroupManagersCommand command);

    void removeManagers(CallContext ctx, RemoveEntrustGroupManagersCommand command);

    CountedPage<GroupMember> listMembers(CallContext ctx, ListEntrustGroupMembersCommand command);

    List<GroupMember> getMembers(CallContext ctx, BatchGetEntrustGroupMembersCommand command);

    void updateMember(CallContext ctx, UpdateEntrustGroupMemberCommand command);

    void followMembers(CallContext ctx, FollowEntrustGroupMembersCommand command);

    void unfollowMembers(CallContext ctx, UnfollowEntrustGroupMembersCommand command);

    List<FollowedMember> getFollowedMembers(CallContext ctx, GetFollowedEntrustGroupMembersCommand command);

    void setRemarkName(CallContext ctx, SetEntrustGroupRemarkNameCommand command);

    void deleteRemarkName(CallContext ctx, DeleteEntrustGroupRemarkNameCommand command);

    String getRemarkName(CallContext ctx, GetEntrustGroupRemarkNameCommand command);

    Page<GroupSummary> listGroups(CallContext ctx, ListEntrustGroupsCommand command);

    CountedPage<JoinedGroup> listJoinedGroups(CallContext ctx, ListJoinedEntrustGroupsCommand command);
}
