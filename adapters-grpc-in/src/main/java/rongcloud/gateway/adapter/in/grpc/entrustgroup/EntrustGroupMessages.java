package rongcloud.gateway.adapter.in.grpc.entrustgroup;

import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.domain.entrustgroup.EntrustGroup;
import rongcloud.gateway.domain.entrustgroup.GroupMember;
import rongcloud.gateway.domain.entrustgroup.GroupPermissions;
import rongcloud.gateway.domain.entrustgroup.GroupProfile;
import rongcloud.gateway.domain.entrustgroup.GroupRole;
import rongcloud.gateway.domain.entrustgroup.InviteeConsent;
import rongcloud.gateway.domain.entrustgroup.JoinPermission;
import rongcloud.gateway.domain.entrustgroup.LeaveOptions;
import rongcloud.gateway.domain.entrustgroup.MemberProfilePermission;
import rongcloud.gateway.domain.entrustgroup.OperationPermission;
import rongcloud.gateway.domain.entrustgroup.SortOrder;
import rongcloud.gateway.proto.v1.EntrustGroupInviteeConsent;
import rongcloud.gateway.proto.v1.EntrustGroupJoinPermission;
import rongcloud.gateway.proto.v1.EntrustGroupLeaveOptions;
import rongcloud.gateway.proto.v1.EntrustGroupMemberProfilePermission;
import rongcloud.gateway.proto.v1.EntrustGroupOperationPermission;
import rongcloud.gateway.proto.v1.EntrustGroupPermissions;
import rongcloud.gateway.proto.v1.EntrustGroupProfile;
import rongcloud.gateway.proto.v1.EntrustGroupRole;
import rongcloud.gateway.proto.v1.EntrustGroupSortOrder;

/**
 * Hosted-group messages ↔ domain values. Proto enums and domain enums list the same values in the same
 * order after the _UNSPECIFIED zero, so number n maps to the domain constant n-1; UNSPECIFIED (and unknown
 * numbers) map to null, "not set".
 */
public final class EntrustGroupMessages {
    private EntrustGroupMessages() {
    }

    static GroupProfile profile(boolean present, EntrustGroupProfile p) {
        if (!present) {
            return GroupProfile.NONE;
        }
        return new GroupProfile(p.hasIntroduction() ? p.getIntroduction() : null,
                p.hasAnnouncement() ? p.getAnnouncement() : null, p.hasPortraitUrl() ? p.getPortraitUrl() : null);
    }

    static GroupPermissions permissions(EntrustGroupPermissions p) {
        return new GroupPermissions(value(JoinPermission.values(), p.getJoinPermissionValue()),
                value(OperationPermission.values(), p.getRemovePermissionValue()),
                value(OperationPermission.values(), p.getMemberInvitePermissionValue()),
                value(InviteeConsent.values(), p.getInviteeConsentValue()),
                value(OperationPermission.values(), p.getProfilePermissionValue()),
                value(MemberProfilePermission.values(), p.getMemberProfilePermissionValue()));
    }

    static LeaveOptions leave(EntrustGroupLeaveOptions o) {
        return new LeaveOptions(o.getKeepMuteState(), o.getKeepInMuteAllowlist(), o.getKeepFollows());
    }

    static GroupRole role(EntrustGroupRole role) {
        return value(GroupRole.values(), role.getNumber());
    }

    static SortOrder order(EntrustGroupSortOrder order) {
        return value(SortOrder.values(), order.getNumber());
    }

    public static rongcloud.gateway.proto.v1.EntrustGroup group(EntrustGroup g) {
        rongcloud.gateway.proto.v1.EntrustGroup.Builder b = rongcloud.gateway.proto.v1.EntrustGroup.newBuilder()
                .setGroupId(g.groupId()).setName(g.name()).setOwnerId(g.ownerId())
                .setProfile(profile(g.profile())).setPermissions(permissions(g.permissions()))
                .putAllExtProfile(g.extProfile()).setMemberCount(g.memberCount());
        g.createTime().ifPresent(t -> b.setCreateTime(ProtoTime.of(t)));
        return b.build();
    }

    public static rongcloud.gateway.proto.v1.EntrustGroupMember member(GroupMember m) {
        rongcloud.gateway.proto.v1.EntrustGroupMember.Builder b = rongcloud.gateway.proto.v1.EntrustGroupMember
                .newBuilder().setUserId(m.userId()).setNickname(m.nickname()).setRoleValue(number(m.role()))
                .setExtra(m.extra());
        m.joinTime().ifPresent(t -> b.setJoinTime(ProtoTime.of(t)));
        return b.build();
    }

    static EntrustGroupProfile profile(GroupProfile p) {
        EntrustGroupProfile.Builder b = EntrustGroupProfile.newBuilder();
        Optional.ofNullable(p.introduction()).ifPresent(b::setIntroduction);
        Optional.ofNullable(p.announcement()).ifPresent(b::setAnnouncement);
        Optional.ofNullable(p.portraitUrl()).ifPresent(b::setPortraitUrl);
        return b.build();
    }

    static EntrustGroupPermissions permissions(GroupPermissions p) {
        return EntrustGroupPermissions.newBuilder()
                .setJoinPermission(EntrustGroupJoinPermission.forNumber(number(p.join())))
                .setRemovePermission(EntrustGroupOperationPermission.forNumber(number(p.remove())))
                .setMemberInvitePermission(EntrustGroupOperationPermission.forNumber(number(p.memberInvite())))
                .setInviteeConsent(EntrustGroupInviteeConsent.forNumber(number(p.inviteeConsent())))
                .setProfilePermission(EntrustGroupOperationPermission.forNumber(number(p.profile())))
                .setMemberProfilePermission(EntrustGroupMemberProfilePermission.forNumber(number(p.memberProfile())))
                .build();
    }

    static int number(Enum<?> value) {
        return value == null ? 0 : value.ordinal() + 1;
    }

    private static <E extends Enum<E>> E value(E[] values, int number) {
        return number >= 1 && number <= values.length ? values[number - 1] : null;
    }
}
