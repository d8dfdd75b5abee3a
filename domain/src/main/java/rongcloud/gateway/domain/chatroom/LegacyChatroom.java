package rongcloud.gateway.domain.chatroom;

import java.time.Instant;
import java.util.Optional;

/** /chatroom/query.json (deprecated): id, name and creation time. */
public record LegacyChatroom(String chatroomId, String name, Optional<Instant> createTime) {
}
