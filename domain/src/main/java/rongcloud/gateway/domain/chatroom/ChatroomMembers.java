package rongcloud.gateway.domain.chatroom;

import java.util.List;

/** /chatroom/user/query.json: the current member count and the members listed (at most 500). */
public record ChatroomMembers(int total, List<ChatroomMember> members) {
    public ChatroomMembers {
        members = List.copyOf(members);
    }
}
