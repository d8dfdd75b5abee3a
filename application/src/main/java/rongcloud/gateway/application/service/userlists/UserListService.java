package rongcloud.gateway.application.service.userlists;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import java.util.List;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userlists.GetListModesCommand;
import rongcloud.gateway.domain.userlists.ListUserListCommand;
import rongcloud.gateway.domain.userlists.SetListModeCommand;
import rongcloud.gateway.domain.userlists.UserListEntriesCommand;
import rongcloud.gateway.domain.userlists.UserListMode;
import rongcloud.gateway.domain.userlists.UserListPort;

/**
 * Orchestrates the "user-lists" area. Commands arrive validated (they validate themselves); this service is
 * where quota, cache and persistence steps are added around the single upstream call of each method.
 */
public final class UserListService implements UserListUseCase {
    private final UserListPort port;
    private final QuotaGate quota;

    public UserListService(UserListPort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void addToBlacklist(CallContext ctx, UserListEntriesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/blacklist/add.json"));
        port.addToBlacklist(ctx, command);
    }

    @Override
    public void removeFromBlacklist(CallContext ctx, UserListEntriesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/blacklist/remove.json"));
        port.removeFromBlacklist(ctx, command);
    }

    @Override
    public Page<String> listBlacklist(CallContext ctx, ListUserListCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/blacklist/query.json"));
        return port.listBlacklist(ctx, command);
    }

    @Override
    public void setListMode(CallContext ctx, SetListModeCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/whitesetting/set.json"));
        port.setListMode(ctx, command);
    }

    @Override
    public List<UserListMode> getListModes(CallContext ctx, GetListModesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/whitesetting/query.json"));
        return port.getListModes(ctx, command);
    }

    @Override
    public void addToAllowlist(CallContext ctx, UserListEntriesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/whitelist/add.json"));
        port.addToAllowlist(ctx, command);
    }

    @Override
    public void removeFromAllowlist(CallContext ctx, UserListEntriesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/whitelist/remove.json"));
        port.removeFromAllowlist(ctx, command);
    }

    @Override
    public Page<String> listAllowlist(CallContext ctx, ListUserListCommand command) {
        quota.acquire(ctx, QuotaCall.of("/user/whitelist/query.json"));
        return port.listAllowlist(ctx, command);
    }
}
