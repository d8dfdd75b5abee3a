package rongcloud.gateway.adapter.out.rest.entrustgroup;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.GroupEntry;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.GroupsPageResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.JoinedEntry;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.JoinedPageResponse;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.MemberEntry;
import rongcloud.gateway.adapter.out.rest.entrustgroup.EntrustGroupDtos.MembersPageResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.entrustgroup.AddEntrustGroupManagersCommand;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.BatchGetEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.CountedPage;
import rongcloud.gateway.domain.entrustgroup.CreateEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.DeleteEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.DismissEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.EntrustGroup;
import rongcloud.gateway.domain.entrustgroup.EntrustGroupPort;
import rongcloud.gateway.domain.entrustgroup.FollowEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.FollowedMember;
import rongcloud.gateway.domain.entrustgroup.GetEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.GetFollowedEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.GroupMember;
import rongcloud.gateway.domain.entrustgroup.GroupRole;
import rongcloud.gateway.domain.entrustgroup.GroupSummary;
import rongcloud.gateway.domain.entrustgroup.ImportEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.JoinEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.JoinedGroup;
import rongcloud.gateway.domain.entrustgroup.KickEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.KickUserFromAllEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.LeaveOptions;
import rongcloud.gateway.domain.entrustgroup.ListEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.ListEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.ListJoinedEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.QuitEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.RemoveEntrustGroupManagersCommand;
import rongcloud.gateway.domain.entrustgroup.SetEntrustGroupRemarkNameCommand;
import rongcloud.gateway.domain.entrustgroup.TransferEntrustGroupOwnerCommand;
import rongcloud.gateway.domain.entrustgroup.UnfollowEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.UpdateEntrustGroupProfileCommand;
import rongcloud.gateway.domain.entrustgroup.UpdateEntrustGroupMemberCommand;
import rongcloud.gateway.domain.paging.CursorPageRequest;
import rongcloud.gateway.domain.paging.Page;

/** {@link EntrustGroupPort} over RongCloud's REST API. */
@ApplicationScoped
public class EntrustGroupRestAdapter implements EntrustGroupPort {
    private static final Class<EntrustGroupClient> API = EntrustGroupClient.class;
    /** Roles of /entrust/group/member/query.json and .../specific/query.json: 1 member, 2 manager, 3 owner. */
    private static final List<GroupRole> MEMBER_ROLES = List.of(GroupRole.MEMBER, GroupRole.MANAGER, GroupRole.OWNER);
    /**
     * Roles of /entrust/joined/group/query.json: the doc page is cut off; server-sdk-java states 1 owner,
     * 2 manager, 3 member (the reverse of the member query). Catalog conflict: we follow the Java SDK, for the
     * filter and for groups[].role alike.
     */
    private static final List<GroupRole> JOINED_ROLES = List.of(GroupRole.OWNER, GroupRole.MANAGER, GroupRole.MEMBER);

    private final RongCloudInvoker rongCloud;

    @Inject
    public EntrustGroupRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public void createGroup(CallContext ctx, CreateEntrustGroupCommand c) {
        rongCloud.call(ctx, "/entrust/group/create.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.createGroup(rid, c.groupId(), c.name(),
                c.ownerId(), c.userIds().isEmpty() ? null : c.userIds(), EntrustGroupJson.profile(c.profile(), null),
                EntrustGroupJson.permissions(c.permissions()), EntrustGroupJson.ext(c.extProfile())));
    }

    @Override
    public void updateGroupProfile(CallContext ctx, UpdateEntrustGroupProfileCommand c) {
        rongCloud.call(ctx, "/entrust/group/profile/update.json", UpstreamCallKind.SETTING, API, (api, rid) -> api.updateGroupProfile(rid,
                c.groupId(), EntrustGroupJson.profile(c.profile(), c.name().orElse(null)),
                EntrustGroupJson.permissions(c.permissions()), EntrustGroupJson.ext(c.extProfile())));
    }

    @Override
    public List<EntrustGroup> getGroups(CallContext ctx, BatchGetEntrustGroupsCommand c) {
        List<GroupEntry> profiles = rongCloud.call(ctx, "/entrust/group/profile/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.queryProfiles(rid, c.groupIds())).profiles();
        return map(profiles, EntrustGroupRestAdapter::group);
    }

    @Override
    public EntrustGroup joinGroup(CallContext ctx, JoinEntrustGroupCommand c) {
        return group(rongCloud.call(ctx, "/entrust/group/join.json", UpstreamCallKind.MUTATION, API,
                (api, rid) -> api.join(rid, c.groupId(), c.userIds())).entry());
    }

    @Override
    public void importGroup(CallContext ctx, ImportEntrustGroupCommand c) {
        rongCloud.call(ctx, "/entrust/group/import.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.importGroup(rid, c.groupId(), c.name(),
                c.ownerId(), EntrustGroupJson.profile(c.profile(), null), EntrustGroupJson.permissions(c.permissions()),
                EntrustGroupJson.ext(c.extProfile())));
    }

    @Override
    public void quitGroup(CallContext ctx, QuitEntrustGroupCommand c) {
        LeaveOptions o = c.options();
        rongCloud.call(ctx, "/entrust/group/quit.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.quit(rid, c.groupId(), c.userIds(),
                clear(o.keepMuteState()), clear(o.keepInMuteAllowlist()), clear(o.keepFollows())));
    }

    @Override
    public void kickMembers(CallContext ctx, KickEntrustGroupMembersCommand c) {
        LeaveOptions o = c.options();
        rongCloud.call(ctx, "/entrust/group/member/kick.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.kick(rid, c.groupId(),
                c.userIds(), clear(o.keepMuteState()), clear(o.keepInMuteAllowlist()), clear(o.keepFollows())));
    }

    @Override
    public void kickUserFromAllGroups(CallContext ctx, KickUserFromAllEntrustGroupsCommand c) {
        rongCloud.call(ctx, "/entrust/group/member/kick/all.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.kickAll(rid, c.userId()));
    }

    @Override
    public void dismissGroup(CallContext ctx, DismissEntrustGroupCommand c) {
        rongCloud.call(ctx, "/entrust/group/dismiss.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.dismiss(rid, c.groupId()));
    }

    @Override
    public void transferOwner(CallContext ctx, TransferEntrustGroupOwnerCommand c) {
        LeaveOptions o = c.options();
        rongCloud.call(ctx, "/entrust/group/transfer/owner.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.transferOwner(rid,
                c.groupId(), c.newOwnerId(), c.previousOwnerQuits() ? 1 : 0, clear(o.keepMuteState()),
                clear(o.keepInMuteAllowlist()), clear(o.keepFollows())));
    }

    @Override
    public List<String> addManagers(CallContext ctx, AddEntrustGroupManagersCommand c) {
        List<String> notMembers = rongCloud.call(ctx, "/entrust/group/manager/add.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.addManagers(rid, c.groupId(), c.userIds())).userIds();
        return notMembers == null ? List.of() : List.copyOf(notMembers);
    }

    @Override
    public void removeManagers(CallContext ctx, RemoveEntrustGroupManagersCommand c) {
        rongCloud.call(ctx, "/entrust/group/manager/remove.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.removeManagers(rid, c.groupId(), c.userIds()));
    }

    @Override
    public CountedPage<GroupMember> listMembers(CallContext ctx, ListEntrustGroupMembersCommand c) {
        int type = c.role().map(r -> MEMBER_ROLES.indexOf(r) + 1).orElse(0);
        MembersPageResponse r = rongCloud.call(ctx, "/entrust/group/member/query.json", UpstreamCallKind.QUERY, API, (api, rid) ->
                api.pageMembers(rid, c.groupId(), type, c.page().cursor().orElse(null), c.page().size(), c.order().code()));
        List<GroupMember> members = map(r.members(), EntrustGroupRestAdapter::member);
        return new CountedPage<>(CursorPageRequest.page(members, r.pageToken()),
                r.totalCount() == null ? members.size() : r.totalCount());
    }

    @Override
    public List<GroupMember> getMembers(CallContext ctx, BatchGetEntrustGroupMembersCommand c) {
        return map(rongCloud.call(ctx, "/entrust/group/member/specific/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.queryMembers(rid, c.groupId(), c.userIds())).members(), EntrustGroupRestAdapter::member);
    }

    @Override
    public void updateMember(CallContext ctx, UpdateEntrustGroupMemberCommand c) {
        rongCloud.call(ctx, "/entrust/group/member/set.json", UpstreamCallKind.SETTING, API, (api, rid) ->
                api.setMember(rid, c.groupId(), c.userId(), c.nickname(), c.extra().orElse(null)));
    }

    @Override
    public void followMembers(CallContext ctx, FollowEntrustGroupMembersCommand c) {
        rongCloud.call(ctx, "/entrust/group/member/follow.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.follow(rid, c.groupId(), c.userId(), c.followUserIds()));
    }

    @Override
    public void unfollowMembers(CallContext ctx, UnfollowEntrustGroupMembersCommand c) {
        rongCloud.call(ctx, "/entrust/group/member/unfollow.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.unfollow(rid, c.groupId(), c.userId(), c.followUserIds()));
    }

    @Override
    public List<FollowedMember> getFollowedMembers(CallContext ctx, GetFollowedEntrustGroupMembersCommand c) {
        return map(rongCloud.call(ctx, "/entrust/group/member/followed/get.json", UpstreamCallKind.QUERY, API,
                        (api, rid) -> api.followed(rid, c.groupId(), c.userId())).all(),
                f -> new FollowedMember(f.userId(), millis(f.timestamp())));
    }

    @Override
    public void setRemarkName(CallContext ctx, SetEntrustGroupRemarkNameCommand c) {
        rongCloud.call(ctx, "/entrust/group/remarkname/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setRemarkName(rid, c.groupId(), c.userId(), c.remarkName()));
    }

    @Override
    public void deleteRemarkName(CallContext ctx, DeleteEntrustGroupRemarkNameCommand c) {
        rongCloud.call(ctx, "/entrust/group/remarkname/delete.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.deleteRemarkName(rid, c.groupId(), c.userId()));
    }

    @Override
    public String getRemarkName(CallContext ctx, GetEntrustGroupRemarkNameCommand c) {
        return nullToEmpty(rongCloud.call(ctx, "/entrust/group/remarkname/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.queryRemarkName(rid, c.groupId(), c.userId())).remarkName());
    }

    @Override
    public Page<GroupSummary> listGroups(CallContext ctx, ListEntrustGroupsCommand c) {
        GroupsPageResponse r = rongCloud.call(ctx, "/entrust/group/query.json", UpstreamCallKind.QUERY, API, (api, rid) ->
                api.pageGroups(rid, c.page().cursor().orElse(null), c.page().size(), c.order().code()));
        return CursorPageRequest.page(map(r.groups(), g -> new GroupSummary(g.groupId(), nullToEmpty(g.name()),
                nullToEmpty(g.creator()), nullToEmpty(g.owner()), millis(g.time()), portraitUrl(g))), r.pageToken());
    }

    @Override
    public CountedPage<JoinedGroup> listJoinedGroups(CallContext ctx, ListJoinedEntrustGroupsCommand c) {
        int role = c.role().map(r -> JOINED_ROLES.indexOf(r) + 1).orElse(0);
        JoinedPageResponse r = rongCloud.call(ctx, "/entrust/joined/group/query.json", UpstreamCallKind.QUERY, API, (api, rid) ->
                api.pageJoinedGroups(rid, c.userId(), role, c.page().cursor().orElse(null), c.page().size(),
                        c.order().code()));
        List<JoinedGroup> groups = map(r.groups(), EntrustGroupRestAdapter::joined);
        return new CountedPage<>(CursorPageRequest.page(groups, r.pageToken()),
                r.totalCount() == null ? groups.size() : r.totalCount());
    }

    private static EntrustGroup group(GroupEntry g) {
        String name = g.groupName() != null ? g.groupName() : g.name();
        return new EntrustGroup(g.groupId(), nullToEmpty(name), nullToEmpty(g.owner()),
                EntrustGroupJson.profile(g.groupProfile()), EntrustGroupJson.permissions(g.permissions()),
                EntrustGroupJson.ext(g.groupExtProfile()), millis(g.createTime()),
                g.memberCount() == null ? 0 : g.memberCount());
    }

    private static JoinedGroup joined(JoinedEntry j) {
        EntrustGroup group = new EntrustGroup(j.groupId(), nullToEmpty(j.name()), nullToEmpty(j.owner()),
                EntrustGroupJson.profile(j.groupProfile()), EntrustGroupJson.permissions(j.permissions()),
                EntrustGroupJson.ext(j.groupExtProfile()), millis(j.createTime()), j.count() == null ? 0 : j.count());
        return new JoinedGroup(group, nullToEmpty(j.remarkName()), millis(j.joinTime()), role(JOINED_ROLES, j.role()));
    }

    private static GroupMember member(MemberEntry m) {
        return new GroupMember(m.userId(), nullToEmpty(m.nickname()), role(MEMBER_ROLES, m.role()), millis(m.time()),
                nullToEmpty(m.extra()));
    }

    private static String portraitUrl(EntrustGroupDtos.GroupListEntry g) {
        return g.portraitUrl() != null ? g.portraitUrl()
                : nullToEmpty(EntrustGroupJson.profile(g.groupProfile()).portraitUrl());
    }

    private static GroupRole role(List<GroupRole> byNumber, Integer number) {
        return number == null || number < 1 || number > byNumber.size() ? null : byNumber.get(number - 1);
    }

    /** isDelBan / isDelWhite / isDelFollowed: 1 clears (RongCloud's default), 0 keeps. */
    private static int clear(boolean keep) {
        return keep ? 0 : 1;
    }

    private static Optional<Instant> millis(Long epochMillis) {
        return epochMillis == null || epochMillis <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(epochMillis));
    }

    private static <A, B> List<B> map(List<A> items, Function<A, B> f) {
        return items == null ? List.of() : items.stream().map(f).toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
