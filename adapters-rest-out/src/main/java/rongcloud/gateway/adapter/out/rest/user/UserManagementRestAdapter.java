package rongcloud.gateway.adapter.out.rest.user;

import static rongcloud.gateway.adapter.out.rest.UpstreamCallKind.MUTATION;
import static rongcloud.gateway.adapter.out.rest.UpstreamCallKind.QUERY;
import static rongcloud.gateway.adapter.out.rest.UpstreamCallKind.SETTING;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.adapter.out.rest.RongCloudSettings;
import rongcloud.gateway.adapter.out.rest.RongCloudTimes;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.BatchSetUserTagsBody;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.BlockedUsersResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.MutedUsersResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.SetUserTagsBody;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.TokenResponse;
import rongcloud.gateway.adapter.out.rest.user.UserDtos.UserInfoResponse;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.user.BatchSetUserTagsCommand;
import rongcloud.gateway.domain.user.BlockUsersCommand;
import rongcloud.gateway.domain.user.BlockedUser;
import rongcloud.gateway.domain.user.CheckUserOnlineCommand;
import rongcloud.gateway.domain.user.DeactivateUsersCommand;
import rongcloud.gateway.domain.user.ExpireUserTokensCommand;
import rongcloud.gateway.domain.user.GetUserInfoCommand;
import rongcloud.gateway.domain.user.GetUserTagsCommand;
import rongcloud.gateway.domain.user.ListBlockedUsersCommand;
import rongcloud.gateway.domain.user.ListDeactivatedUsersCommand;
import rongcloud.gateway.domain.user.ListPrivateChatMutedUsersCommand;
import rongcloud.gateway.domain.user.MutedUsers;
import rongcloud.gateway.domain.user.ReactivateUsersCommand;
import rongcloud.gateway.domain.user.RegisterUserCommand;
import rongcloud.gateway.domain.user.SetPrivateChatMuteCommand;
import rongcloud.gateway.domain.user.SetUserTagsCommand;
import rongcloud.gateway.domain.user.UnblockUsersCommand;
import rongcloud.gateway.domain.user.UpdateUserInfoCommand;
import rongcloud.gateway.domain.user.UserInfo;
import rongcloud.gateway.domain.user.UserManagementPort;
import rongcloud.gateway.domain.user.UserToken;

/**
 * {@link UserManagementPort} over RongCloud's REST API. Each call names its {@link
 * rongcloud.gateway.adapter.out.rest.UpstreamCallKind}: reads are QUERY; "set to" operations (refresh, block for
 * N minutes, unblock, expire tokens issued before T, mute, tags) are SETTING, since repeating them leaves the same
 * state (a repeated block only moves its end by the retry delay); issuing a token and starting a
 * (de/re)activation operation are MUTATION (each call gives a new token / operation id).
 */
@ApplicationScoped
public class UserManagementRestAdapter implements UserManagementPort {
    /** /user/chat/fb/*: RongCloud supports only this mute type. */
    private static final String PERSON = "PERSON";
    private static final Class<UserManagementClient> API = UserManagementClient.class;

    private final RongCloudInvoker rongCloud;
    private final ZoneId zone;

    @Inject
    public UserManagementRestAdapter(RongCloudInvoker rongCloud, RongCloudSettings settings) {
        this.rongCloud = rongCloud;
        this.zone = settings.dataCenterZone();
    }

    @Override
    public UserToken registerUser(CallContext ctx, RegisterUserCommand c) {
        TokenResponse r = rongCloud.call(ctx, "/user/getToken.json", MUTATION, API,
                (api, rid) -> api.registerUser(rid, c.userId(), c.name(), c.portraitUri()));
        return new UserToken(r.userId() == null ? c.userId() : r.userId(), r.token());
    }

    @Override
    public void expireUserTokens(CallContext ctx, ExpireUserTokensCommand c) {
        rongCloud.call(ctx, "/user/token/expire.json", SETTING, API,
                (api, rid) -> api.expireUserTokens(rid, c.userIds(), c.expireBefore().toEpochMilli()));
    }

    @Override
    public UserInfo getUserInfo(CallContext ctx, GetUserInfoCommand c) {
        UserInfoResponse r = rongCloud.call(ctx, "/user/info.json", QUERY, API, (api, rid) -> api.getUserInfo(rid, c.userId()));
        return new UserInfo(c.userId(), r.userName() == null ? "" : r.userName(),
                Optional.ofNullable(r.userPortrait()).filter(p -> !p.isEmpty()),
                RongCloudTimes.parse(r.createTime(), zone));
    }

    @Override
    public void updateUserInfo(CallContext ctx, UpdateUserInfoCommand c) {
        rongCloud.call(ctx, "/user/refresh.json", SETTING, API, (api, rid) ->
                api.updateUserInfo(rid, c.userId(), c.name().orElse(null), c.portraitUri().orElse(null)));
    }

    @Override
    public String deactivateUsers(CallContext ctx, DeactivateUsersCommand c) {
        return rongCloud.call(ctx, "/user/deactivate.json", MUTATION, API,
                (api, rid) -> api.deactivateUsers(rid, String.join(",", c.userIds()))).operateId();
    }

    @Override
    public Page<String> listDeactivatedUsers(CallContext ctx, ListDeactivatedUsersCommand c) {
        List<String> users = rongCloud.call(ctx, "/user/deactivate/query.json", QUERY, API,
                (api, rid) -> api.listDeactivatedUsers(rid, c.page().page(), c.page().size())).users();
        return Page.of(users == null ? List.of() : users, c.page());
    }

    @Override
    public String reactivateUsers(CallContext ctx, ReactivateUsersCommand c) {
        return rongCloud.call(ctx, "/user/reactivate.json", MUTATION, API,
                (api, rid) -> api.reactivateUsers(rid, String.join(",", c.userIds()))).operateId();
    }

    @Override
    public void blockUsers(CallContext ctx, BlockUsersCommand c) {
        rongCloud.call(ctx, "/user/block.json", SETTING, API, (api, rid) -> api.blockUsers(rid, c.userIds(), c.minutes()));
    }

    @Override
    public void unblockUsers(CallContext ctx, UnblockUsersCommand c) {
        rongCloud.call(ctx, "/user/unblock.json", SETTING, API, (api, rid) -> api.unblockUsers(rid, c.userIds()));
    }

    @Override
    public Page<BlockedUser> listBlockedUsers(CallContext ctx, ListBlockedUsersCommand c) {
        // page >= 1 always: page 0 would switch RongCloud to its unpaged "first 1000" mode
        BlockedUsersResponse r = rongCloud.call(ctx, "/user/block/query.json", QUERY, API,
                (api, rid) -> api.listBlockedUsers(rid, c.page().page(), c.page().size()));
        List<BlockedUser> users = r.users() == null ? List.of() : r.users().stream()
                .map(u -> new BlockedUser(u.userId(), RongCloudTimes.parse(u.blockEndTime(), zone).orElse(null)))
                .toList();
        return Page.of(users, c.page());
    }

    @Override
    public boolean checkUserOnline(CallContext ctx, CheckUserOnlineCommand c) {
        return "1".equals(rongCloud.call(ctx, "/user/checkOnline.json", QUERY, API,
                (api, rid) -> api.checkUserOnline(rid, c.userId())).status());
    }

    @Override
    public void setPrivateChatMute(CallContext ctx, SetPrivateChatMuteCommand c) {
        rongCloud.call(ctx, "/user/chat/fb/set.json", SETTING, API,
                (api, rid) -> api.setPrivateChatMute(rid, c.userIds(), c.muted() ? 1 : 0, PERSON));
    }

    @Override
    public MutedUsers listPrivateChatMutedUsers(CallContext ctx, ListPrivateChatMutedUsersCommand c) {
        MutedUsersResponse r = rongCloud.call(ctx, "/user/chat/fb/querylist.json", QUERY, API,
                (api, rid) -> api.listPrivateChatMutedUsers(rid, c.page().size(), c.page().offset(), PERSON));
        List<String> users = r.users() == null ? List.of() : r.users();
        int total = r.total() == null ? users.size() : r.total();
        return new MutedUsers(Page.of(users, c.page(), total), total);
    }

    @Override
    public void setUserTags(CallContext ctx, SetUserTagsCommand c) {
        rongCloud.call(ctx, "/user/tag/set.json", SETTING, API,
                (api, rid) -> api.setUserTags(rid, new SetUserTagsBody(c.userId(), c.tags())));
    }

    @Override
    public void batchSetUserTags(CallContext ctx, BatchSetUserTagsCommand c) {
        rongCloud.call(ctx, "/user/tag/batch/set.json", SETTING, API,
                (api, rid) -> api.batchSetUserTags(rid, new BatchSetUserTagsBody(c.userIds(), c.tags())));
    }

    @Override
    public Map<String, List<String>> getUserTags(CallContext ctx, GetUserTagsCommand c) {
        Map<String, List<String>> result = rongCloud.call(ctx, "/user/tags/get.json", QUERY, API,
                (api, rid) -> api.getUserTags(rid, c.userIds())).result();
        Map<String, List<String>> tags = new LinkedHashMap<>();
        for (String userId : c.userIds()) {
            List<String> t = result == null ? null : result.get(userId);
            tags.put(userId, t == null ? List.of() : List.copyOf(t));
        }
        return tags;
    }
}
