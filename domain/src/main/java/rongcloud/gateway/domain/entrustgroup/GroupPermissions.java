package rongcloud.gateway.domain.entrustgroup;

/**
 * The permissions of a hosted group; a null value is "not set" (RongCloud's default on creation,
 * unchanged in an update).
 */
public record GroupPermissions(JoinPermission join, OperationPermission remove, OperationPermission memberInvite,
                               InviteeConsent inviteeConsent, OperationPermission profile,
                               MemberProfilePermission memberProfile) {
    public static final GroupPermissions NONE = new GroupPermissions(null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }
}
