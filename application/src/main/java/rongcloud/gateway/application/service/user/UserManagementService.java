package rongcloud.gateway.application.service.user;

import java.util.List;
import java.util.Map;
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
import rongcloud.gateway.domain.user.UserToken;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import rongcloud.gateway.domain.user.UserManagementPort;

/**
 * Orchestrates the user area. Commands arrive validated (they validate themselves); this service is
 * where quota, cache and persistence steps are added around the upstream call. Every method spends its
 * RongCloud quota first ({@link QuotaGate}, one line: the path and every count the call carries; the plan
 * decides what counts).
 */
public final class UserManagementService implements UserManagementUseCase {
    private final UserManagementPort port;
    private final QuotaGate quota;

    public UserManagementService(UserManagementPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public UserToken registerUser(CallContext ctx, RegisterUserCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/getToken.json"));
        return port.registerUser(ctx, command);
    }

    @Override
    public void expireUserTokens(CallContext ctx, ExpireUserTokensCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/token/expire.json").users(command.userIds().size()));
        port.expireUserTokens(ctx, command);
    }

    @Override
    public UserInfo getUserInfo(CallContext ctx, GetUserInfoCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/info.json"));
        return port.getUserInfo(ctx, command);
    }

    @Override
    public void updateUserInfo(CallContext ctx, UpdateUserInfoCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/refresh.json"));
        port.updateUserInfo(ctx, command);
    }

    @Override
    public String deactivateUsers(CallContext ctx, DeactivateUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/deactivate.json").users(command.userIds().size()));
        return port.deactivateUsers(ctx, command);
    }

    @Override
    public Page<String> listDeactivatedUsers(CallContext ctx, ListDeactivatedUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/deactivate/query.json"));
        return port.listDeactivatedUsers(ctx, command);
    }

    @Override
    public String reactivateUsers(CallContext ctx, ReactivateUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/reactivate.json").users(command.userIds().size()));
        return port.reactivateUsers(ctx, command);
    }

    @Override
    public void blockUsers(CallContext ctx, BlockUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/block.json").users(command.userIds().size()));
        port.blockUsers(ctx, command);
    }

    @Override
    public void unblockUsers(CallContext ctx, UnblockUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/unblock.json").users(command.userIds().size()));
        port.unblockUsers(ctx, command);
    }

    @Override
    public Page<BlockedUser> listBlockedUsers(CallContext ctx, ListBlockedUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/block/query.json"));
        return port.listBlockedUsers(ctx, command);
    }

    @Override
    public boolean checkUserOnline(CallContext ctx, CheckUserOnlineCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/checkOnline.json"));
        return port.checkUserOnline(ctx, command);
    }

    @Override
    public void setPrivateChatMute(CallContext ctx, SetPrivateChatMuteCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/chat/fb/set.json").users(command.userIds().size()));
        port.setPrivateChatMute(ctx, command);
    }

    @Override
    public MutedUsers listPrivateChatMutedUsers(CallContext ctx, ListPrivateChatMutedUsersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/chat/fb/querylist.json"));
        return port.listPrivateChatMutedUsers(ctx, command);
    }

    @Override
    public void setUserTags(CallContext ctx, SetUserTagsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/tag/set.json"));
        port.setUserTags(ctx, command);
    }

    @Override
    public void batchSetUserTags(CallContext ctx, BatchSetUserTagsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/tag/batch/set.json").users(command.userIds().size()));
        port.batchSetUserTags(ctx, command);
    }

    @Override
    public Map<String, List<String>> getUserTags(CallContext ctx, GetUserTagsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/tags/get.json").users(command.userIds().size()));
        return port.getUserTags(ctx, command);
    }
}
