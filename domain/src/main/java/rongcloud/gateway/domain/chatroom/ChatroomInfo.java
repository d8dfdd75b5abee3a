package rongcloud.gateway.domain.chatroom;

import java.time.Instant;
import java.util.Optional;

/** /chatroom/get.json: a chatroom's creation time, member count, destroy policy and mute-all state. */
public record ChatroomInfo(String chatroomId, Optional<Instant> createTime, int memberCount, DestroyPolicy destroyPolicy,
                           boolean muteAll) {
}
