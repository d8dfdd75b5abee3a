package rongcloud.gateway.adapter.out.rest.userlists;

import rongcloud.gateway.adapter.out.rest.UpstreamCallKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.userlists.UserListDtos.UserListResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.CursorPageRequest;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userlists.GetListModesCommand;
import rongcloud.gateway.domain.userlists.ListMode;
import rongcloud.gateway.domain.userlists.ListUserListCommand;
import rongcloud.gateway.domain.userlists.SetListModeCommand;
import rongcloud.gateway.domain.userlists.UserListEntriesCommand;
import rongcloud.gateway.domain.userlists.UserListMode;
import rongcloud.gateway.domain.userlists.UserListPort;

/** {@link UserListPort} over RongCloud's REST API. */
@ApplicationScoped
public class UserListRestAdapter implements UserListPort {
    private static final Class<UserListClient> API = UserListClient.class;

    private final RongCloudInvoker rongCloud;

    @Inject
    public UserListRestAdapter(RongCloudInvoker rongCloud) {
        this.rongCloud = rongCloud;
    }

    @Override
    public void addToBlacklist(CallContext ctx, UserListEntriesCommand c) {
        rongCloud.call(ctx, "/user/blacklist/add.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.addToBlacklist(rid, c.userId(), c.targetUserIds()));
    }

    @Override
    public void removeFromBlacklist(CallContext ctx, UserListEntriesCommand c) {
        rongCloud.call(ctx, "/user/blacklist/remove.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.removeFromBlacklist(rid, c.userId(), c.targetUserIds()));
    }

    @Override
    public Page<String> listBlacklist(CallContext ctx, ListUserListCommand c) {
        // size is always sent and pageToken from the second page on (the Java SDK's pagingQueryBlacklist), so that
        // RongCloud pages instead of answering its unpaged "first 1000" form
        return page(rongCloud.call(ctx, "/user/blacklist/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.listBlacklist(rid, c.userId(), c.page().cursor().orElse(null), c.page().size())));
    }

    @Override
    public void setListMode(CallContext ctx, SetListModeCommand c) {
        rongCloud.call(ctx, "/user/whitesetting/set.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.setListMode(rid, c.userIds(), c.mode().wire()));
    }

    @Override
    public List<UserListMode> getListModes(CallContext ctx, GetListModesCommand c) {
        // the docs' table types users as String[], the example as objects {userId, whiteSetting}: objects are read
        var users = rongCloud.call(ctx, "/user/whitesetting/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.getListModes(rid, c.userIds())).users();
        return users == null ? List.of() : users.stream()
                .map(u -> new UserListMode(u.userId(), ListMode.ofWire(u.whiteSetting()))).toList();
    }

    @Override
    public void addToAllowlist(CallContext ctx, UserListEntriesCommand c) {
        rongCloud.call(ctx, "/user/whitelist/add.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.addToAllowlist(rid, c.userId(), c.targetUserIds()));
    }

    @Override
    public void removeFromAllowlist(CallContext ctx, UserListEntriesCommand c) {
        rongCloud.call(ctx, "/user/whitelist/remove.json", UpstreamCallKind.SETTING, API,
                (api, rid) -> api.removeFromAllowlist(rid, c.userId(), c.targetUserIds()));
    }

    @Override
    public Page<String> listAllowlist(CallContext ctx, ListUserListCommand c) {
        return page(rongCloud.call(ctx, "/user/whitelist/query.json", UpstreamCallKind.QUERY, API,
                (api, rid) -> api.listAllowlist(rid, c.userId(), c.page().cursor().orElse(null), c.page().size())));
    }

    private static Page<String> page(UserListResponse r) {
        return CursorPageRequest.page(r.users() == null ? List.of() : r.users(), r.next());
    }
}
