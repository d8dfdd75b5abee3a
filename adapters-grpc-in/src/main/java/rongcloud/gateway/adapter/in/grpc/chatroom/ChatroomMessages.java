package rongcloud.gateway.adapter.in.grpc.chatroom;

import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.domain.chatroom.ChatroomNotice;
import rongcloud.gateway.domain.chatroom.DestroyPolicy;
import rongcloud.gateway.domain.chatroom.DestroyType;
import rongcloud.gateway.domain.chatroom.MemberOrder;
import rongcloud.gateway.domain.chatroom.RestrictedUser;
import rongcloud.gateway.proto.v1.ChatroomDestroyPolicy;
import rongcloud.gateway.proto.v1.ChatroomDestroyType;
import rongcloud.gateway.proto.v1.ChatroomEntry;
import rongcloud.gateway.proto.v1.ChatroomMember;
import rongcloud.gateway.proto.v1.ChatroomMemberOrder;
import rongcloud.gateway.proto.v1.ChatroomNotification;
import rongcloud.gateway.proto.v1.ChatroomRestrictedUser;

/** Mapping between the chatroom protobuf messages and domain values. */
final class ChatroomMessages {
    private ChatroomMessages() {
    }

    static Optional<ChatroomNotice> notice(boolean present, ChatroomNotification n) {
        return present ? Optional.of(new ChatroomNotice(n.getExtraMap())) : Optional.empty();
    }

    /** Null when absent (the command reports it where it is required). */
    static DestroyPolicy policy(boolean present, ChatroomDestroyPolicy p) {
        if (!present) {
            return null;
        }
        DestroyType type = p.getType() == ChatroomDestroyType.CHATROOM_DESTROY_TYPE_FIXED_TIME
                ? DestroyType.FIXED_TIME : DestroyType.INACTIVITY;
        return new DestroyPolicy(type, p.getMinutes());
    }

    static ChatroomDestroyPolicy policy(DestroyPolicy p) {
        return ChatroomDestroyPolicy.newBuilder()
                .setType(p.type() == DestroyType.FIXED_TIME ? ChatroomDestroyType.CHATROOM_DESTROY_TYPE_FIXED_TIME
                        : ChatroomDestroyType.CHATROOM_DESTROY_TYPE_INACTIVITY)
                .setMinutes(p.effectiveMinutes()).build();
    }

    static MemberOrder order(ChatroomMemberOrder o) {
        return o == ChatroomMemberOrder.CHATROOM_MEMBER_ORDER_JOIN_DESCENDING ? MemberOrder.JOIN_DESCENDING
                : MemberOrder.JOIN_ASCENDING;
    }

    static ChatroomRestrictedUser restricted(RestrictedUser u) {
        ChatroomRestrictedUser.Builder b = ChatroomRestrictedUser.newBuilder().setUserId(u.userId());
        u.endTime().ifPresent(t -> b.setEndTime(ProtoTime.of(t)));
        return b.build();
    }

    static ChatroomMember member(rongcloud.gateway.domain.chatroom.ChatroomMember m) {
        ChatroomMember.Builder b = ChatroomMember.newBuilder().setUserId(m.userId());
        m.joinTime().ifPresent(t -> b.setJoinTime(ProtoTime.of(t)));
        return b.build();
    }

    static ChatroomEntry entry(rongcloud.gateway.domain.chatroom.ChatroomEntry e) {
        ChatroomEntry.Builder b = ChatroomEntry.newBuilder().setKey(e.key()).setValue(e.value()).setUserId(e.userId())
                .setAutoDelete(e.autoDelete());
        e.lastSetTime().ifPresent(t -> b.setLastSetTime(ProtoTime.of(t)));
        return b.build();
    }

    static Optional<String> text(String s) {
        return s == null || s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
