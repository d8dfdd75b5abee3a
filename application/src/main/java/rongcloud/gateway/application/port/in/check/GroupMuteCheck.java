package rongcloud.gateway.application.port.in.check;

/** Whether a user may not speak in a group, and why (the first reason that applies, in the order of {@link Reason}). */
public record GroupMuteCheck(String userId, boolean muted, Reason reason) {
    public enum Reason {
        /** Not muted. */
        NONE,
        /** Muted in this group (/group/user/gag/add.json with the group). */
        MEMBER_MUTED,
        /** Muted in every group (/group/user/gag/add.json without a group). */
        MUTED_IN_ALL_GROUPS,
        /** The group is muted for all and the user is not on its allow list. */
        GROUP_MUTED_FOR_ALL
    }
}
