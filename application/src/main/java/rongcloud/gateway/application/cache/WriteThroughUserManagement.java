package rongcloud.gateway.application.cache;

import static rongcloud.gateway.application.port.out.cache.CacheKind.BLOCKED_USERS;
import static rongcloud.gateway.application.port.out.cache.CacheKind.PRIVATE_CHAT_MUTES;
import static rongcloud.gateway.application.port.out.cache.CacheKind.USER_INFO;
import static rongcloud.gateway.application.port.out.cache.CacheKind.USER_TAGS;
import static rongcloud.gateway.application.port.out.cache.CacheKind.WHOLE_LIST;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
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

/** The user area, write-through: after each successful mutation the cached state it changed is invalidated everywhere. */
public final class WriteThroughUserManagement implements UserManagementUseCase {
    private final UserManagementUseCase next;
    private final StateCaches caches;

    public WriteThroughUserManagement(UserManagementUseCase next, StateCaches caches) {
        this.next = next;
        this.caches = caches;
    }

    @Override
    public UserToken registerUser(CallContext ctx, RegisterUserCommand command) {
        UserToken token = next.registerUser(ctx, command);
        caches.invalidate(USER_INFO, command.userId());
        return token;
    }

    @Override
    public void expireUserTokens(CallContext ctx, ExpireUserTokensCommand command) {
        next.expireUserTokens(ctx, command);
    }

    @Override
    public UserInfo getUserInfo(CallContext ctx, GetUserInfoCommand command) {
        return next.getUserInfo(ctx, command);
    }

    @Override
    public void updateUserInfo(CallContext ctx, UpdateUserInfoCommand command) {
        next.updateUserInfo(ctx, command);
        caches.invalidate(USER_INFO, command.userId());
    }

    @Override
    public String deactivateUsers(CallContext ctx, DeactivateUsersCommand command) {
        String operation = next.deactivateUsers(ctx, command);
        caches.invalidate(USER_INFO, command.userIds());
        return operation;
    }

    @Override
    public Page<String> listDeactivatedUsers(CallContext ctx, ListDeactivatedUsersCommand command) {
        return next.listDeactivatedUsers(ctx, command);
    }

    @Override
    public String reactivateUsers(CallContext ctx, ReactivateUsersCommand command) {
        String operation = next.reactivateUsers(ctx, command);
        caches.invalidate(USER_INFO, command.userIds());
        return operation;
    }

    @Override
    public void blockUsers(CallContext ctx, BlockUsersCommand command) {
        next.blockUsers(ctx, command);
        caches.invalidate(BLOCKED_USERS, WHOLE_LIST);
    }

    @Override
    public void unblockUsers(CallContext ctx, UnblockUsersCommand command) {
        next.unblockUsers(ctx, command);
        caches.invalidate(BLOCKED_USERS, WHOLE_LIST);
    }

    @Override
    public Page<BlockedUser> listBlockedUsers(CallContext ctx, ListBlockedUsersCommand command) {
        return next.listBlockedUsers(ctx, command);
    }

    @Override
    public boolean checkUserOnline(CallContext ctx, CheckUserOnlineCommand command) {
        return next.checkUserOnline(ctx, command);
    }

    @Override
    public void setPrivateChatMute(CallContext ctx, SetPrivateChatMuteCommand command) {
        next.setPrivateChatMute(ctx, command);
        caches.invalidate(PRIVATE_CHAT_MUTES, WHOLE_LIST);
    }

    @Override
    public MutedUsers listPrivateChatMutedUsers(CallContext ctx, ListPrivateChatMutedUsersCommand command) {
        return next.listPrivateChatMutedUsers(ctx, command);
    }

    @Override
    public void setUserTags(CallContext ctx, SetUserTagsCommand command) {
        next.setUserTags(ctx, command);
        caches.invalidate(USER_TAGS, command.userId());
    }

    @Override
    public void batchSetUserTags(CallContext ctx, BatchSetUserTagsCommand command) {
        next.batchSetUserTags(ctx, command);
        caches.invalidate(USER_TAGS, command.userIds());
    }

    @Override
    public Map<String, List<String>> getUserTags(CallContext ctx, GetUserTagsCommand command) {
        return next.getUserTags(ctx, command);
    }
}
