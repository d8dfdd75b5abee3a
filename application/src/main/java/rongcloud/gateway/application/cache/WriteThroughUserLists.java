package rongcloud.gateway.application.cache;

import static rongcloud.gateway.application.port.out.cache.CacheKind.ALLOWLIST;
import static rongcloud.gateway.application.port.out.cache.CacheKind.BLACKLIST;
import static rongcloud.gateway.application.port.out.cache.CacheKind.LIST_MODE;

import java.util.List;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userlists.GetListModesCommand;
import rongcloud.gateway.domain.userlists.ListUserListCommand;
import rongcloud.gateway.domain.userlists.SetListModeCommand;
import rongcloud.gateway.domain.userlists.UserListEntriesCommand;
import rongcloud.gateway.domain.userlists.UserListMode;

/** The user-lists area, write-through: a changed list or mode is invalidated everywhere after the upstream call. */
public final class WriteThroughUserLists implements UserListUseCase {
    private final UserListUseCase next;
    private final StateCaches caches;

    public WriteThroughUserLists(UserListUseCase next, StateCaches caches) {
        this.next = next;
        this.caches = caches;
    }

    @Override
    public void addToBlacklist(CallContext ctx, UserListEntriesCommand command) {
        next.addToBlacklist(ctx, command);
        caches.invalidate(BLACKLIST, command.userId());
    }

    @Override
    public void removeFromBlacklist(CallContext ctx, UserListEntriesCommand command) {
        next.removeFromBlacklist(ctx, command);
        caches.invalidate(BLACKLIST, command.userId());
    }

    @Override
    public Page<String> listBlacklist(CallContext ctx, ListUserListCommand command) {
        return next.listBlacklist(ctx, command);
    }

    @Override
    public void setListMode(CallContext ctx, SetListModeCommand command) {
        next.setListMode(ctx, command);
        caches.invalidate(LIST_MODE, command.userIds());
    }

    @Override
    public List<UserListMode> getListModes(CallContext ctx, GetListModesCommand command) {
        return next.getListModes(ctx, command);
    }

    @Override
    public void addToAllowlist(CallContext ctx, UserListEntriesCommand command) {
        next.addToAllowlist(ctx, command);
        caches.invalidate(ALLOWLIST, command.userId());
    }

    @Override
    public void removeFromAllowlist(CallContext ctx, UserListEntriesCommand command) {
        next.removeFromAllowlist(ctx, command);
        caches.invalidate(ALLOWLIST, command.userId());
    }

    @Override
    public Page<String> listAllowlist(CallContext ctx, ListUserListCommand command) {
        return next.listAllowlist(ctx, command);
    }
}
