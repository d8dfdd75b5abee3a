package rongcloud.gateway.application.port.in.user;

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

/** What callers can do with RongCloud users: the incoming port of the "user" area. */
public interface UserManagementUseCase {
    UserToken registerUser(CallContext ctx, RegisterUserCommand command);

    void expireUserTokens(CallContext ctx, ExpireUserTokensCommand command);

    UserInfo getUserInfo(CallContext ctx, GetUserInfoCommand command);

    void updateUserInfo(CallContext ctx, UpdateUserInfoCommand command);

    String deactivateUsers(CallContext ctx, DeactivateUsersCommand command);

    Page<String> listDeactivatedUsers(CallContext ctx, ListDeactivatedUsersCommand command);

    String reactivateUsers(CallContext ctx, ReactivateUsersCommand command);

    void blockUsers(CallContext ctx, BlockUsersCommand command);

    void unblockUsers(CallContext ctx, UnblockUsersCommand command);

    Page<BlockedUser> listBlockedUsers(CallContext ctx, ListBlockedUsersCommand command);

    boolean checkUserOnline(CallContext ctx, CheckUserOnlineCommand command);

    void setPrivateChatMute(CallContext ctx, SetPrivateChatMuteCommand command);

    MutedUsers listPrivateChatMutedUsers(CallContext ctx, ListPrivateChatMutedUsersCommand command);

    void setUserTags(CallContext ctx, SetUserTagsCommand command);

    void batchSetUserTags(CallContext ctx, BatchSetUserTagsCommand command);

    Map<String, List<String>> getUserTags(CallContext ctx, GetUserTagsCommand command);
}
