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
import rongcloud.gateway.domain.user.UserManagementPort;

/**
 * Orchestrates the user area. Commands arrive validated (they validate themselves); this service is
 * where quota, cache and persistence steps are added around the upstream call.
 */
public final class UserManagementService implements UserManagementUseCase {
    private final UserManagementPort port;

    public UserManagementService(UserManagementPort port) {
        this.port = port;
    }

    @Override
    public UserToken registerUser(CallContext ctx, RegisterUserCommand command) {
        return port.registerUser(ctx, command);
    }

    @Override
    public void expireUserTokens(CallContext ctx, ExpireUserTokensCommand command) {
        port.expireUserTokens(ctx, command);
    }

    @Override
    public UserInfo getUserInfo(CallContext ctx, GetUserInfoCommand command) {
        return port.getUserInfo(ctx, command);
    }

    @Override
    public void updateUserInfo(CallContext ctx, UpdateUserInfoCommand command) {
        port.updateUserInfo(ctx, command);
    }

    @Override
    public String deactivateUsers(CallContext ctx, DeactivateUsersCommand command) {
        return port.deactivateUsers(ctx, command);
    }

    @Override
    public Page<String> listDeactivatedUsers(CallContext ctx, ListDeactivatedUsersCommand command) {
        return port.listDeactivatedUsers(ctx, command);
    }

    @Override
    public String reactivateUsers(CallContext ctx, ReactivateUsersCommand command) {
        return port.reactivateUsers(ctx, command);
    }

    @Override
    public void blockUsers(CallContext ctx, BlockUsersCommand command) {
        port.blockUsers(ctx, command);
    }

    @Override
    public void unblockUsers(CallContext ctx, UnblockUsersCommand command) {
        port.unblockUsers(ctx, command);
    }

    @Override
    public Page<BlockedUser> listBlockedUsers(CallContext ctx, ListBlockedUsersCommand command) {
        return port.listBlockedUsers(ctx, command);
    }

    @Override
    public boolean checkUserOnline(CallContext ctx, CheckUserOnlineCommand command) {
        return port.checkUserOnline(ctx, command);
    }

    @Override
    public void setPrivateChatMute(CallContext ctx, SetPrivateChatMuteCommand command) {
        port.setPrivateChatMute(ctx, command);
    }

    @Override
    public MutedUsers listPrivateChatMutedUsers(CallContext ctx, ListPrivateChatMutedUsersCommand command) {
        return port.listPrivateChatMutedUsers(ctx, command);
    }

    @Override
    public void setUserTags(CallContext ctx, SetUserTagsCommand command) {
        port.setUserTags(ctx, command);
    }

    @Override
    public void batchSetUserTags(CallContext ctx, BatchSetUserTagsCommand command) {
        port.batchSetUserTags(ctx, command);
    }

    @Override
    public Map<String, List<String>> getUserTags(CallContext ctx, GetUserTagsCommand command) {
        return port.getUserTags(ctx, command);
    }
}
