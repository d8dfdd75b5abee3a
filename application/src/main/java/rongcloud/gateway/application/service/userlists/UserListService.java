package rongcloud.gateway.application.service.userlists;

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

    public UserListService(UserListPort port) {
        this.port = port;
    }

    @Override
    public void addToBlacklist(CallContext ctx, UserListEntriesCommand command) {
        port.addToBlacklist(ctx, command);
    }

    @Override
    public void removeFromBlacklist(CallContext ctx, UserListEntriesCommand command) {
        port.removeFromBlacklist(ctx, command);
    }

    @Override
    public Page<String> listBlacklist(CallContext ctx, ListUserListCommand command) {
        return port.listBlacklist(ctx, command);
    }

    @Override
    public void setListMode(CallContext ctx, SetListModeCommand command) {
        port.setListMode(ctx, command);
    }

    @Override
    public List<UserListMode> getListModes(CallContext ctx, GetListModesCommand command) {
        return port.getListModes(ctx, command);
    }

    @Override
    public void addToAllowlist(CallContext ctx, UserListEntriesCommand command) {
        port.addToAllowlist(ctx, command);
    }

    @Override
    public void removeFromAllowlist(CallContext ctx, UserListEntriesCommand command) {
        port.removeFromAllowlist(ctx, command);
    }

    @Override
    public Page<String> listAllowlist(CallContext ctx, ListUserListCommand command) {
        return port.listAllowlist(ctx, command);
    }
}
