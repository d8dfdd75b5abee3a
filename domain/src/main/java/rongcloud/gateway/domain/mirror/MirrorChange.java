package rongcloud.gateway.domain.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One change to the state mirror, derived from a successful mutation. A call yields a list of them, applied in
 * one transaction.
 */
public sealed interface MirrorChange {
    /** A user registered or updated; empty fields are left as they are. */
    record UserWritten(String userId, Optional<String> name, Optional<String> portraitUri) implements MirrorChange {
    }

    /** Users deactivated (true) or reactivated (false). */
    record UsersDeactivated(List<String> userIds, boolean deactivated) implements MirrorChange {
    }

    /** A group created or updated; empty fields are left as they are. */
    record GroupWritten(GroupKind kind, String groupId, Optional<String> name, Optional<String> ownerId)
            implements MirrorChange {
    }

    /** A group dismissed: it and its memberships and mutes leave the mirror. */
    record GroupDismissed(GroupKind kind, String groupId) implements MirrorChange {
    }

    /** Users joined a group (the group row is created when missing). */
    record MembersAdded(GroupKind kind, String groupId, List<String> userIds) implements MirrorChange {
    }

    /** Users left a group. */
    record MembersRemoved(GroupKind kind, String groupId, List<String> userIds) implements MirrorChange {
    }

    /** A user left every group of the kind. */
    record UserLeftAll(GroupKind kind, String userId) implements MirrorChange {
    }

    /** A user's groups of the kind replaced by exactly these (legacy /group/sync.json). */
    record UserGroupsReplaced(GroupKind kind, String userId, List<GroupWritten> groups) implements MirrorChange {
    }

    /** Members muted in a group ("*" = every group) until {@code until} (Instant.MAX = permanently). */
    record MembersMuted(GroupKind kind, String groupId, List<String> userIds, Instant until) implements MirrorChange {
    }

    /** Member mutes lifted. */
    record MembersUnmuted(GroupKind kind, String groupId, List<String> userIds) implements MirrorChange {
    }

    /** Whole-group mute switched. */
    record GroupMuteAll(GroupKind kind, List<String> groupIds, boolean muted) implements MirrorChange {
    }

    /** Users added to ({@code added}) or removed from a group's mute-all allow list. */
    record MuteAllowlistChanged(GroupKind kind, String groupId, List<String> userIds, boolean added)
            implements MirrorChange {
    }
}
