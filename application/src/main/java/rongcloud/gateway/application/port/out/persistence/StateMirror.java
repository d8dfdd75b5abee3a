package rongcloud.gateway.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirrorChange;
import rongcloud.gateway.domain.mirror.MirroredGroup;
import rongcloud.gateway.domain.mirror.MirroredMember;
import rongcloud.gateway.domain.mirror.MirroredUser;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.domain.paging.PageRequest;

/** Users, groups, memberships and mutes as last written through the gateway. */
public interface StateMirror {

    /** Applies the changes of one successful call, all or nothing, stamped {@code at}. */
    void apply(Instant at, List<MirrorChange> changes);

    Optional<MirroredUser> user(String userId);

    Optional<MirroredGroup> group(GroupKind kind, String groupId);

    /** Members of a group, by user id. */
    Page<MirroredMember> members(GroupKind kind, String groupId, PageRequest page);

    /** Groups a user joined through the gateway (both kinds when {@code kind} is empty), by kind and group id. */
    Page<MirroredMember> groupsOf(String userId, Optional<GroupKind> kind, PageRequest page);
}
