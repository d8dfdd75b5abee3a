package rongcloud.gateway.application.service.recording;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import rongcloud.gateway.domain.entrustgroup.CreateEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.DismissEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.ImportEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.JoinEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.KickEntrustGroupMembersCommand;
import rongcloud.gateway.domain.entrustgroup.KickUserFromAllEntrustGroupsCommand;
import rongcloud.gateway.domain.entrustgroup.QuitEntrustGroupCommand;
import rongcloud.gateway.domain.entrustgroup.TransferEntrustGroupOwnerCommand;
import rongcloud.gateway.domain.entrustgroup.UpdateEntrustGroupProfileCommand;
import rongcloud.gateway.domain.group.AddGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.CreateGroupCommand;
import rongcloud.gateway.domain.group.DismissGroupCommand;
import rongcloud.gateway.domain.group.JoinGroupCommand;
import rongcloud.gateway.domain.group.MuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.MuteGroupMembersCommand;
import rongcloud.gateway.domain.group.QuitGroupCommand;
import rongcloud.gateway.domain.group.RemoveGroupMuteWhitelistCommand;
import rongcloud.gateway.domain.group.SyncUserGroupsCommand;
import rongcloud.gateway.domain.group.UnmuteAllGroupMembersCommand;
import rongcloud.gateway.domain.group.UnmuteGroupMembersCommand;
import rongcloud.gateway.domain.group.UpdateGroupNameCommand;
import rongcloud.gateway.domain.mirror.GroupKind;
import rongcloud.gateway.domain.mirror.MirrorChange;
import rongcloud.gateway.domain.mirror.MirrorChange.GroupDismissed;
import rongcloud.gateway.domain.mirror.MirrorChange.GroupMuteAll;
import rongcloud.gateway.domain.mirror.MirrorChange.GroupWritten;
import rongcloud.gateway.domain.mirror.MirrorChange.MembersAdded;
import rongcloud.gateway.domain.mirror.MirrorChange.MembersMuted;
import rongcloud.gateway.domain.mirror.MirrorChange.MembersRemoved;
import rongcloud.gateway.domain.mirror.MirrorChange.MembersUnmuted;
import rongcloud.gateway.domain.mirror.MirrorChange.MuteAllowlistChanged;
import rongcloud.gateway.domain.mirror.MirrorChange.UserGroupsReplaced;
import rongcloud.gateway.domain.mirror.MirrorChange.UserLeftAll;
import rongcloud.gateway.domain.mirror.MirrorChange.UserWritten;
import rongcloud.gateway.domain.mirror.MirrorChange.UsersDeactivated;
import rongcloud.gateway.domain.user.DeactivateUsersCommand;
import rongcloud.gateway.domain.user.ReactivateUsersCommand;
import rongcloud.gateway.domain.user.RegisterUserCommand;
import rongcloud.gateway.domain.user.UpdateUserInfoCommand;

/**
 * What a successful command changes in the state mirror: the one table from commands to mirror changes
 * (users, legacy and hosted groups, memberships, mutes). Commands not listed change nothing in the mirror.
 */
final class MirrorProjection {
    private static final GroupKind L = GroupKind.LEGACY;
    private static final GroupKind H = GroupKind.HOSTED;
    /** Group mutes that name no group apply to every group of the user (RongCloud's "all groups" mute). */
    static final String EVERY_GROUP = rongcloud.gateway.domain.mirror.MirroredGroupMutes.EVERY_GROUP;

    private MirrorProjection() {
    }

    static List<MirrorChange> changes(Object c, Instant now) {
        // users
        if (c instanceof RegisterUserCommand r) {
            return List.of(new UserWritten(r.userId(), Optional.of(r.name()), Optional.ofNullable(r.portraitUri())));
        }
        if (c instanceof UpdateUserInfoCommand u) {
            return List.of(new UserWritten(u.userId(), u.name(), u.portraitUri()));
        }
        if (c instanceof DeactivateUsersCommand d) {
            return List.of(new UsersDeactivated(d.userIds(), true));
        }
        if (c instanceof ReactivateUsersCommand r) {
            return List.of(new UsersDeactivated(r.userIds(), false));
        }
        // legacy groups
        if (c instanceof CreateGroupCommand g) {
            return List.of(new GroupWritten(L, g.groupId(), Optional.of(g.groupName()), Optional.empty()),
                    new MembersAdded(L, g.groupId(), g.userIds()));
        }
        if (c instanceof JoinGroupCommand j) {
            return List.of(new GroupWritten(L, j.groupId(), j.groupName(), Optional.empty()),
                    new MembersAdded(L, j.groupId(), j.userIds()));
        }
        if (c instanceof QuitGroupCommand q) {
            return List.of(new MembersRemoved(L, q.groupId(), q.userIds()));
        }
        if (c instanceof DismissGroupCommand d) {
            return List.of(new GroupDismissed(L, d.groupId()));
        }
        if (c instanceof UpdateGroupNameCommand u) {
            return List.of(new GroupWritten(L, u.groupId(), Optional.of(u.groupName()), Optional.empty()));
        }
        if (c instanceof SyncUserGroupsCommand s) {
            return List.of(new UserGroupsReplaced(L, s.userId(), s.groups().stream()
                    .map(g -> new GroupWritten(L, g.groupId(), Optional.of(g.groupName()), Optional.empty())).toList()));
        }
        // group mutes: RongCloud's group mute APIs take any group id; the mirror files them under the group's kind
        // (hosted when it knows the id only as a hosted group, see StateMirror), LEGACY here
        if (c instanceof MuteGroupMembersCommand m) {
            Instant until = m.permanent() ? Instant.MAX : now.plus(m.minutes(), ChronoUnit.MINUTES);
            return List.of(new MembersMuted(L, m.groupId().orElse(EVERY_GROUP), m.userIds(), until));
        }
        if (c instanceof UnmuteGroupMembersCommand u) {
            return List.of(new MembersUnmuted(L, u.groupId().orElse(EVERY_GROUP), u.userIds()));
        }
        if (c instanceof MuteAllGroupMembersCommand m) {
            return List.of(new GroupMuteAll(L, m.groupIds(), true));
        }
        if (c instanceof UnmuteAllGroupMembersCommand u) {
            return List.of(new GroupMuteAll(L, u.groupIds(), false));
        }
        if (c instanceof AddGroupMuteWhitelistCommand a) {
            return List.of(new MuteAllowlistChanged(L, a.groupId(), a.userIds(), true));
        }
        if (c instanceof RemoveGroupMuteWhitelistCommand r) {
            return List.of(new MuteAllowlistChanged(L, r.groupId(), r.userIds(), false));
        }
        // hosted groups
        if (c instanceof CreateEntrustGroupCommand g) {
            return List.of(new GroupWritten(H, g.groupId(), Optional.of(g.name()), Optional.of(g.ownerId())),
                    new MembersAdded(H, g.groupId(), union(g.ownerId(), g.userIds())));
        }
        if (c instanceof ImportEntrustGroupCommand g) {
            return List.of(new GroupWritten(H, g.groupId(), Optional.of(g.name()), Optional.of(g.ownerId())),
                    new MembersAdded(H, g.groupId(), List.of(g.ownerId())));
        }
        if (c instanceof UpdateEntrustGroupProfileCommand u) {
            return List.of(new GroupWritten(H, u.groupId(), u.name(), Optional.empty()));
        }
        if (c instanceof DismissEntrustGroupCommand d) {
            return List.of(new GroupDismissed(H, d.groupId()));
        }
        if (c instanceof JoinEntrustGroupCommand j) {
            return List.of(new GroupWritten(H, j.groupId(), Optional.empty(), Optional.empty()),
                    new MembersAdded(H, j.groupId(), j.userIds()));
        }
        if (c instanceof QuitEntrustGroupCommand q) {
            return List.of(new MembersRemoved(H, q.groupId(), q.userIds()));
        }
        if (c instanceof KickEntrustGroupMembersCommand k) {
            return List.of(new MembersRemoved(H, k.groupId(), k.userIds()));
        }
        if (c instanceof KickUserFromAllEntrustGroupsCommand k) {
            return List.of(new UserLeftAll(H, k.userId()));
        }
        if (c instanceof TransferEntrustGroupOwnerCommand t) {
            return List.of(new GroupWritten(H, t.groupId(), Optional.empty(), Optional.of(t.newOwnerId())),
                    new MembersAdded(H, t.groupId(), List.of(t.newOwnerId())));
        }
        return List.of();
    }

    private static List<String> union(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).distinct().toList();
    }
}
