package rongcloud.gateway.application.service.state;

import java.util.Optional;
import rongcloud.gateway.application.port.in.state.GatewayStateUseCase;
import rongcloud.gateway.application.port.out.persistence.StateMirror;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.NotFoundException;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirroredGroup;
import rongcloud.gateway.domain.mirror.MirroredMember;
import rongcloud.gateway.domain.mirror.MirroredUser;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.paging.PageRequest;

/** Answers from the state mirror; never calls RongCloud. */
public final class GatewayStateService implements GatewayStateUseCase {
    private final StateMirror mirror;

    public GatewayStateService(StateMirror mirror) {
        this.mirror = mirror;
    }

    @Override
    public MirroredGroup getGroup(CallContext ctx, GroupKind kind, String groupId) {
        return mirror.group(kind, groupId).orElseThrow(() -> new NotFoundException("group",
                "no " + kind.name().toLowerCase(java.util.Locale.ROOT) + " group " + groupId
                        + " was written through the gateway (or it was dismissed)"));
    }

    @Override
    public Page<MirroredMember> listGroupMembers(CallContext ctx, GroupKind kind, String groupId, PageRequest page) {
        return mirror.members(kind, groupId, page);
    }

    @Override
    public Page<MirroredMember> listUserGroups(CallContext ctx, String userId, Optional<GroupKind> kind,
                                               PageRequest page) {
        return mirror.groupsOf(userId, kind, page);
    }

    @Override
    public MirroredUser getUser(CallContext ctx, String userId) {
        return mirror.user(userId).orElseThrow(() -> new NotFoundException("user",
                "no user " + userId + " was written through the gateway"));
    }
}
