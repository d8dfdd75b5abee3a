package rongcloud.gateway.application.port.in.state;

import java.util.Optional;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirroredGroup;
import rongcloud.gateway.domain.mirror.MirroredMember;
import rongcloud.gateway.domain.mirror.MirroredUser;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.paging.PageRequest;

/** Questions answered from the state mirror only (RongCloud cannot answer them): no upstream call. */
public interface GatewayStateUseCase {
    /** @throws rongcloud.gateway.domain.error.NotFoundException never written through the gateway, or dismissed */
    MirroredGroup getGroup(CallContext ctx, GroupKind kind, String groupId);

    Page<MirroredMember> listGroupMembers(CallContext ctx, GroupKind kind, String groupId, PageRequest page);

    Page<MirroredMember> listUserGroups(CallContext ctx, String userId, Optional<GroupKind> kind, PageRequest page);

    /** @throws rongcloud.gateway.domain.error.NotFoundException never written through the gateway */
    MirroredUser getUser(CallContext ctx, String userId);
}
