package rongcloud.gateway.application.port.in.check;

/**
 * Whether a user may not speak in an ultra group or one of its channels, and why (the first reason that applies,
 * in the order of {@link Reason}). Ultra-group mutes have no end time.
 */
public record UltraGroupMuteCheck(String userId, boolean muted, Reason reason) {
    public enum Reason {
        /** Not muted. */
        NONE,
        /** Muted group-wide (/ultragroup/userbanned/add.json without a channel): in every channel. */
        MEMBER_MUTED,
        /** Muted in the channel asked about (/ultragroup/userbanned/add.json with that channel). */
        MEMBER_MUTED_IN_CHANNEL,
        /** The whole group is muted for all and the user is on neither the group's nor the channel's allow list. */
        GROUP_MUTED_FOR_ALL,
        /** The channel is muted for all and the user is on neither the group's nor the channel's allow list. */
        CHANNEL_MUTED_FOR_ALL
    }
}
