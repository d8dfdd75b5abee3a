package rongcloud.gateway.application.port.out.persistence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirrorChange;
import rongcloud.gateway.domain.mirror.MirroredGroup;
import rongcloud.gateway.domain.mirror.MirroredGroupMutes;
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

    // ---- what caches warm from on start ----

    /** Ids of active users with a name, written at or after {@code since}, most recent first, at most {@code limit}. */
    List<String> userIdsWrittenSince(Instant since, int limit);

    /** The users of {@code userIds} the mirror has (any state). */
    Map<String, MirroredUser> users(Collection<String> userIds);

    /**
     * Group ids (both kinds, and {@link MirroredGroupMutes#EVERY_GROUP}) whose mute state (mute-all, member mutes,
     * allow list) was written at or after {@code since}, most recent first, at most {@code limit}.
     */
    List<String> groupMutesWrittenSince(Instant since, int limit);

    /** The mute state of each of {@code groupIds} the mirror knows (a group it has never seen is left out). */
    Map<String, MirroredGroupMutes> groupMutes(Collection<String> groupIds);
}
