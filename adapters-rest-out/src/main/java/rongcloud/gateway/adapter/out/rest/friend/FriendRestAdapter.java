package rongcloud.gateway.adapter.out.rest.friend;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import rongcloud.gateway.adapter.out.rest.JsonText;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.friend.FriendDtos.FriendsResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.friend.AddFriendCommand;
import rongcloud.gateway.domain.friend.CleanFriendsCommand;
import rongcloud.gateway.domain.friend.Friend;
import rongcloud.gateway.domain.friend.FriendIdsCommand;
import rongcloud.gateway.domain.friend.FriendPage;
import rongcloud.gateway.domain.friend.FriendPermission;
import rongcloud.gateway.domain.friend.FriendPort;
import rongcloud.gateway.domain.friend.FriendRelation;
import rongcloud.gateway.domain.friend.GetFriendPermissionsCommand;
import rongcloud.gateway.domain.friend.ListFriendsCommand;
import rongcloud.gateway.domain.friend.SetFriendPermissionCommand;
import rongcloud.gateway.domain.friend.SetFriendProfileCommand;
import rongcloud.gateway.domain.friend.UserFriendPermission;
import rongcloud.gateway.domain.paging.CursorPageRequest;

/** {@link FriendPort} over RongCloud's REST API. */
@ApplicationScoped
public class FriendRestAdapter implements FriendPort {
    private static final Class<FriendClient> API = FriendClient.class;

    private final RongCloudInvoker rongCloud;

    @Inject
    public FriendRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public void addFriend(CallContext ctx, AddFriendCommand c) {
        rongCloud.call(ctx, "/friend/add.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.add(rid, c.userId(), c.targetId(),
                c.mode().map(m -> m.wire()).orElse(null), c.extra().orElse(null)));
    }

    @Override
    public void deleteFriends(CallContext ctx, FriendIdsCommand c) {
        rongCloud.call(ctx, "/friend/delete.json", UpstreamCallKind.MUTATION, API,
                (api, rid) -> api.delete(rid, c.userId(), String.join(",", c.targetIds())));
    }

    @Override
    public void cleanFriends(CallContext ctx, CleanFriendsCommand c) {
        // the docs' request example shows POST /friend/delete.json (copy slip); the path is /friend/clean.json
        rongCloud.call(ctx, "/friend/clean.json", UpstreamCallKind.MUTATION, API, (api, rid) -> api.clean(rid, c.userId()));
    }

    @Override
    public void setFriendProfile(CallContext ctx, SetFriendProfileCommand c) {
        String ext = c.extProfile().isEmpty() ? null : JsonText.write(c.extProfile());
        rongCloud.call(ctx, "/friend/profile/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setProfile(rid, c.userId(), c.targetId(), c.remarkName().orElse(null), ext));
    }

    @Override
    public FriendPage listFriends(CallContext ctx, ListFriendsCommand c) {
        FriendsResponse r = rongCloud.call(ctx, "/friend/get.json", UpstreamCallKind.QUERY, API, (api, rid) -> api.get(rid, c.userId(),
                c.page().cursor().orElse(null), c.page().size(), c.newestFirst() ? 1 : 0));
        List<Friend> friends = r.friendList() == null ? List.of() : r.friendList().stream()
                .map(f -> new Friend(f.userId(), f.name() == null ? "" : f.name(),
                        f.remarkName() == null ? "" : f.remarkName(), JsonText.attributes(f.friendExtProfile()),
                        Optional.ofNullable(f.time()).filter(t -> t > 0).map(Instant::ofEpochMilli)))
                .toList();
        return new FriendPage(CursorPageRequest.page(friends, r.pageToken()),
                r.totalCount() == null ? friends.size() : r.totalCount());
    }

    @Override
    public List<FriendRelation> checkFriends(CallContext ctx, FriendIdsCommand c) {
        var results = rongCloud.call(ctx, "/friend/check.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.check(rid, c.userId(), String.join(",", c.targetIds()))).results();
        return results == null ? List.of() : results.stream()
                .map(e -> new FriendRelation(e.userId(), e.result() == null ? 0 : e.result())).toList();
    }

    @Override
    public void setFriendPermission(CallContext ctx, SetFriendPermissionCommand c) {
        rongCloud.call(ctx, "/friend/permission/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setPermission(rid, String.join(",", c.userIds()), c.permission().wire()));
    }

    @Override
    public List<UserFriendPermission> getFriendPermissions(CallContext ctx, GetFriendPermissionsCommand c) {
        var settings = rongCloud.call(ctx, "/friend/permission/get.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.getPermission(rid, String.join(",", c.userIds()))).permissionSettings();
        return settings == null ? List.of() : settings.stream()
                .map(s -> new UserFriendPermission(s.userId(), FriendPermission.ofWire(s.type()))).toList();
    }
}
