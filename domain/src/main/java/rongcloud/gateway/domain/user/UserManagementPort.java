package rongcloud.gateway.domain.user;

import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/**
 * RongCloud's user-management capability (catalog area "user"), one method per documented endpoint.
 * Implemented by the outbound REST adapter; failures are {@code GatewayException}s.
 */
public interface UserManagementPort {
    /** /user/getToken.json */
    UserToken registerUser(CallContext ctx, RegisterUserCommand command);

    /** /user/token/expire.json */
    void expireUserTokens(CallContext ctx, ExpireUserTokensCommand command);

    /** /user/info.json */
    UserInfo getUserInfo(CallContext ctx, GetUserInfoCommand command);

    /** /user/refresh.json */
    void updateUserInfo(CallContext ctx, UpdateUserInfoCommand command);

    /** /user/deactivate.json; returns RongCloud's operation id. */
    String deactivateUsers(CallContext ctx, DeactivateUsersCommand command);

    /** /user/deactivate/query.json */
    Page<String> listDeactivatedUsers(CallContext ctx, ListDeactivatedUsersCommand command);

    /** /user/reactivate.json; returns RongCloud's operation id. */
    String reactivateUsers(CallContext ctx, ReactivateUsersCommand command);

    /** /user/block.json */
    void blockUsers(CallContext ctx, BlockUsersCommand command);

    /** /user/unblock.json */
    void unblockUsers(CallContext ctx, UnblockUsersCommand command);

    /** /user/block/query.json */
    Page<BlockedUser> listBlockedUsers(CallContext ctx, ListBlockedUsersCommand command);

    /** /user/checkOnline.json */
    boolean checkUserOnline(CallContext ctx, CheckUserOnlineCommand command);

    /** /user/chat/fb/set.json */
    void setPrivateChatMute(CallContext ctx, SetPrivateChatMuteCommand command);

    /** /user/chat/fb/querylist.json */
    MutedUsers listPrivateChatMutedUsers(CallContext ctx, ListPrivateChatMutedUsersCommand command);

    /** /user/tag/set.json */
    void setUserTags(CallContext ctx, SetUserTagsCommand command);

    /** /user/tag/batch/set.json */
    void batchSetUserTags(CallContext ctx, BatchSetUserTagsCommand command);

    /** /user/tags/get.json; every asked user id is a key (an empty list when it has no tags). */
    Map<String, List<String>> getUserTags(CallContext ctx, GetUserTagsCommand command);
}
