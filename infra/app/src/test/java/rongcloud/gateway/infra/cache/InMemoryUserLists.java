package rongcloud.gateway.infra.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import rongcloud.gateway.application.port.in.userlists.UserListUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userlists.GetListModesCommand;
import rongcloud.gateway.domain.userlists.ListMode;
import rongcloud.gateway.domain.userlists.ListUserListCommand;
import rongcloud.gateway.domain.userlists.SetListModeCommand;
import rongcloud.gateway.domain.userlists.UserListEntriesCommand;
import rongcloud.gateway.domain.userlists.UserListMode;

/** RongCloud's user lists, in memory and shared by the test's gateway instances; counts list queries. */
final class InMemoryUserLists implements UserListUseCase {
    private final Map<String, Set<String>> blacklists = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> allowlists = new ConcurrentHashMap<>();
    private final Map<String, ListMode> modes = new ConcurrentHashMap<>();
    final AtomicInteger queries = new AtomicInteger();

    @Override
    public void addToBlacklist(CallContext ctx, UserListEntriesCommand c) {
        blacklists.computeIfAbsent(c.userId(), k -> ConcurrentHashMap.newKeySet()).addAll(c.targetUserIds());
    }

    @Override
    public void removeFromBlacklist(CallContext ctx, UserListEntriesCommand c) {
        blacklists.computeIfAbsent(c.userId(), k -> ConcurrentHashMap.newKeySet()).removeAll(c.targetUserIds());
    }

    @Override
    public Page<String> listBlacklist(CallContext ctx, ListUserListCommand c) {
        queries.incrementAndGet();
        return new Page<>(new ArrayList<>(blacklists.getOrDefault(c.userId(), Set.of())), Optional.empty());
    }

    @Override
    public void setListMode(CallContext ctx, SetListModeCommand c) {
        c.userIds().forEach(u -> modes.put(u, c.mode()));
    }

    @Override
    public List<UserListMode> getListModes(CallContext ctx, GetListModesCommand c) {
        return c.userIds().stream().map(u -> new UserListMode(u, modes.getOrDefault(u, ListMode.BLACKLIST))).toList();
    }

    @Override
    public void addToAllowlist(CallContext ctx, UserListEntriesCommand c) {
        allowlists.computeIfAbsent(c.userId(), k -> ConcurrentHashMap.newKeySet()).addAll(c.targetUserIds());
    }

    @Override
    public void removeFromAllowlist(CallContext ctx, UserListEntriesCommand c) {
        allowlists.computeIfAbsent(c.userId(), k -> ConcurrentHashMap.newKeySet()).removeAll(c.targetUserIds());
    }

    @Override
    public Page<String> listAllowlist(CallContext ctx, ListUserListCommand c) {
        queries.incrementAndGet();
        return new Page<>(new ArrayList<>(allowlists.getOrDefault(c.userId(), Set.of())), Optional.empty());
    }
}
