package rongcloud.gateway.application.port.in.check;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a user may not speak in a chatroom, and why (the first reason that applies, in the order of
 * {@link Reason}); {@code endTime} is the end of the mute for the two timed reasons, empty otherwise.
 */
public record ChatroomMuteCheck(String userId, boolean muted, Reason reason, Optional<Instant> endTime) {
    public enum Reason {
        /** Not muted. */
        NONE,
        /** Muted in this chatroom (/chatroom/user/gag/add.json), until its end time. */
        MEMBER_MUTED,
        /** Muted in every chatroom of the app (/chatroom/user/ban/add.json), until its end time. */
        MUTED_IN_ALL_CHATROOMS,
        /** The chatroom is muted for all (/chatroom/ban/add.json) and the user is not on its exception list. */
        CHATROOM_MUTED_FOR_ALL
    }
}
