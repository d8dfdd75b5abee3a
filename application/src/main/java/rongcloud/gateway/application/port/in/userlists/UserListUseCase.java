package rongcloud.gateway.application.port.in.userlists;

import java.util.List;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.userlists.GetListModesCommand;
import rongcloud.gateway.domain.userlists.ListUserListCommand;
import rongcloud.gateway.domain.userlists.SetListModeCommand;
import rongcloud.gateway.domain.userlists.UserListEntriesCommand;
import rongcloud.gateway.domain.userlists.UserListMode;

/** What callers can do with block list and allow list: the incoming port of the "user-lists" area. */
public interface UserListUseCase {
    void addToBlacklist(CallContext ctx, UserListEntriesCommand command);

    void removeFromBlacklist(CallContext ctx, UserListEntriesCommand command);

    Page<String> listBlacklist(CallContext ctx, ListUserListCommand command);

    void setListMode(CallContext ctx, SetListModeCommand command);

    List<UserListMode> getListModes(CallContext ctx, GetListModesCommand command);

    void addToAllowlist(CallContext ctx, UserListEntriesCommand command);

    void removeFromAllowlist(CallContext ctx, UserListEntriesCommand command);

    Page<String> listAllowlist(CallContext ctx, ListUserListCommand command);
}
