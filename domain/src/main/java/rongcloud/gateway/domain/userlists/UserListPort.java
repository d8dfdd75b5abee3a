package rongcloud.gateway.domain.userlists;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;

/**
 * RongCloud's one-to-one block list and allow list (catalog area "user-lists"), one method per documented
 * endpoint. Implemented by the outbound REST adapter; failures are {@code GatewayException}s.
 */
public interface UserListPort {
    /** /user/blacklist/add.json */
    void addToBlacklist(CallContext ctx, UserListEntriesCommand command);

    /** /user/blacklist/remove.json */
    void removeFromBlacklist(CallContext ctx, UserListEntriesCommand command);

    /** /user/blacklist/query.json */
    Page<String> listBlacklist(CallContext ctx, ListUserListCommand command);

    /** /user/whitesetting/set.json */
    void setListMode(CallContext ctx, SetListModeCommand command);

    /** /user/whitesetting/query.json */
    List<UserListMode> getListModes(CallContext ctx, GetListModesCommand command);

    /** /user/whitelist/add.json */
    void addToAllowlist(CallContext ctx, UserListEntriesCommand command);

    /** /user/whitelist/remove.json */
    void removeFromAllowlist(CallContext ctx, UserListEntriesCommand command);

    /** /user/whitelist/query.json */
    Page<String> listAllowlist(CallContext ctx, ListUserListCommand command);
}
