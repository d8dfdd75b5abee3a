package rongcloud.gateway.application.service.group;

import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaGate;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.application.port.in.group.GroupMuteManagementUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.group.AddGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.GetGroupMuteAllStatesCommand;
import rongcloud.gateway.domain.group.GroupMutePort;
import rongcloud.gateway.domain.group.ListGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.ListMuteAllGroupsCommand;
import rongcloud.gateway.domain.group.ListMutedGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteGroupMembersCommand;
import rongcloud.gateway.domain.group.MutedGroupMember;
import rongcloud.gateway.domain.group.RemoveGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.UnmuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.UnmuteGroupMembersCommand;
import rongcloud.gateway.domain.paging.Page;

/**
 * Orchestrates the "group-mute" area. Commands arrive validated; this service is where quota,
 * cache and persistence steps are added around the single upstream call of each method.
 */
public final class GroupMuteManagementService implements GroupMuteManagementUseCase {
    private final GroupMutePort port;
    private final QuotaGate quota;

    public GroupMuteManagementService(GroupMutePort port, QuotaGate quota) {
        this.port = port;
        this.quota = quota;
    }

    @Override
    public void muteGroupMembers(CallContext ctx, MuteGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/user/gag/add.json"));
        port.muteGroupMembers(ctx, command);
    }

    @Override
    public void unmuteGroupMembers(CallContext ctx, UnmuteGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/user/gag/rollback.json"));
        port.unmuteGroupMembers(ctx, command);
    }

    @Override
    public List<MutedGroupMember> listMutedGroupMembers(CallContext ctx, ListMutedGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/user/gag/list.json"));
        return port.listMutedGroupMembers(ctx, command);
    }

    @Override
    public void muteAllGroupMembers(CallContext ctx, MuteAllGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/ban/add.json"));
        port.muteAllGroupMembers(ctx, command);
    }

    @Override
    public void unmuteAllGroupMembers(CallContext ctx, UnmuteAllGroupMembersCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/ban/rollback.json"));
        port.unmuteAllGroupMembers(ctx, command);
    }

    @Override
    public Map<String, Boolean> getGroupMuteAllStates(CallContext ctx, GetGroupMuteAllStatesCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/ban/query.json"));
        return port.getGroupMuteAllStates(ctx, command);
    }

    @Override
    public Page<String> listMuteAllGroups(CallContext ctx, ListMuteAllGroupsCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/ban/query.json"));
        return port.listMuteAllGroups(ctx, command);
    }

    @Override
    public void addGroupMuteWhitelist(CallContext ctx, AddGroupMuteWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/user/ban/whitelist/add.json"));
        port.addGroupMuteWhitelist(ctx, command);
    }

    @Override
    public void removeGroupMuteWhitelist(CallContext ctx, RemoveGroupMuteWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/user/ban/whitelist/rollback.json"));
        port.removeGroupMuteWhitelist(ctx, command);
    }

    @Override
    public List<String> listGroupMuteWhitelist(CallContext ctx, ListGroupMuteWhitelistCommand command) {
        quota.acquire(ctx, QuotaCall.of("/group/user/ban/whitelist/query.json"));
        return port.listGroupMuteWhitelist(ctx, command);
    }
}
