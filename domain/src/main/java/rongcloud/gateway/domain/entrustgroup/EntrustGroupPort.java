package rongcloud.gateway.domain.entrustgroup;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/**
 * RongCloud's hosted-group capability (catalog area "entrust-group"), one method per documented endpoint.
 * Implemented by the outbound REST adapter; failures are {@code GatewayException}s.
 */
public interface EntrustGroupPort {
    /** /entrust/group/create.json */
    void createGroup(CallContext ctx, CreateEntrustGroupCommand command);

    /** /entrust/group/profile/update.json */
    void updateGroupProfile(CallContext ctx, UpdateEntrustGroupProfileCommand command);

    /** /entrust/group/profile/query.json; unknown groups are left out. */
    List<EntrustGroup> getGroups(CallContext ctx, BatchGetEntrustGroupsCommand command);

    /** /entrust/group/join.json; returns the group after the join. */
    EntrustGroup joinGroup(CallContext ctx, JoinEntrustGroupCommand command);

    /** /entrust/group/import.json */
    void importGroup(CallContext ctx, ImportEntrustGroupCommand command);

    /** /entrust/group/quit.json */
    void quitGroup(CallContext ctx, QuitEntrustGroupCommand command);

    /** /entrust/group/member/kick.json */
    void kickMembers(CallContext ctx, KickEntrustGroupMembersCommand command);

    /** /entrust/group/member/kick/all.json */
    void kickUserFromAllGroups(CallContext ctx, KickUserFromAllEntrustGroupsCommand command);

    /** /entrust/group/dismiss.json */
    void dismissGroup(CallContext ctx, DismissEntrustGroupCommand command);

    /** /entrust/group/transfer/owner.json */
    void transferOwner(CallContext ctx, TransferEntrustGroupOwnerCommand command);

    /** /entrust/group/manager/add.json; returns the users not made managers because they are not members. */
    List<String> addManagers(CallContext ctx, AddEntrustGroupManagersCommand command);

    /** /entrust/group/manager/remove.json */
    void removeManagers(CallContext ctx, RemoveEntrustGroupManagersCommand command);

    /** /entrust/group/member/query.json */
    CountedPage<GroupMember> listMembers(CallContext ctx, ListEntrustGroupMembersCommand command);

    /** /entrust/group/member/specific/query.json; non-members are left out. */
    List<GroupMember> getMembers(CallContext ctx, BatchGetEntrustGroupMembersCommand command);

    /** /entrust/group/member/set.json */
    void updateMember(CallContext ctx, UpdateEntrustGroupMemberCommand command);

    /** /entrust/group/member/follow.json */
    void followMembers(CallContext ctx, FollowEntrustGroupMembersCommand command);

    /** /entrust/group/member/unfollow.json */
    void unfollowMembers(CallContext ctx, UnfollowEntrustGroupMembersCommand command);

    /** /entrust/group/member/followed/get.json */
    List<FollowedMember> getFollowedMembers(CallContext ctx, GetFollowedEntrustGroupMembersCommand command);

    /** /entrust/group/remarkname/set.json */
    void setRemarkName(CallContext ctx, SetEntrustGroupRemarkNameCommand command);

    /** /entrust/group/remarkname/delete.json */
    void deleteRemarkName(CallContext ctx, DeleteEntrustGroupRemarkNameCommand command);

    /** /entrust/group/remarkname/query.json; empty when none is set. */
    String getRemarkName(CallContext ctx, GetEntrustGroupRemarkNameCommand command);

    /** /entrust/group/query.json */
    Page<GroupSummary> listGroups(CallContext ctx, ListEntrustGroupsCommand command);

    /** /entrust/joined/group/query.json */
    CountedPage<JoinedGroup> listJoinedGroups(CallContext ctx, ListJoinedEntrustGroupsCommand command);
}
