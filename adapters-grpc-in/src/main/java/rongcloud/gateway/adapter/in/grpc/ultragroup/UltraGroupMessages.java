package rongcloud.gateway.adapter.in.grpc.ultragroup;

import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.domain.ultragroup.UltraGroupChannel;
import rongcloud.gateway.domain.ultragroup.UltraGroupChannelType;
import rongcloud.gateway.domain.ultragroup.UltraGroupExpansionEntry;
import rongcloud.gateway.domain.ultragroup.UltraGroupMessage;
import rongcloud.gateway.domain.ultragroup.UltraGroupPushLevel;

/** Proto ↔ domain for the ultra-group enums and messages. */
final class UltraGroupMessages {
    private UltraGroupMessages() {
    }

    /** UNSPECIFIED → null (the command defaults or reports it); UNRECOGNIZED → null as well. */
    static UltraGroupChannelType channelType(rongcloud.gateway.proto.v1.UltraGroupChannelType type) {
        return switch (type) {
            case ULTRA_GROUP_CHANNEL_TYPE_PUBLIC -> UltraGroupChannelType.PUBLIC;
            case ULTRA_GROUP_CHANNEL_TYPE_PRIVATE -> UltraGroupChannelType.PRIVATE;
            default -> null;
        };
    }

    static rongcloud.gateway.proto.v1.UltraGroupChannelType channelType(UltraGroupChannelType type) {
        return type == UltraGroupChannelType.PRIVATE
                ? rongcloud.gateway.proto.v1.UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PRIVATE
                : rongcloud.gateway.proto.v1.UltraGroupChannelType.ULTRA_GROUP_CHANNEL_TYPE_PUBLIC;
    }

    static UltraGroupPushLevel level(rongcloud.gateway.proto.v1.UltraGroupPushLevel level) {
        return switch (level) {
            case ULTRA_GROUP_PUSH_LEVEL_NOT_SET -> UltraGroupPushLevel.NOT_SET;
            case ULTRA_GROUP_PUSH_LEVEL_ALL_MESSAGES -> UltraGroupPushLevel.ALL_MESSAGES;
            case ULTRA_GROUP_PUSH_LEVEL_MENTIONS -> UltraGroupPushLevel.MENTIONS;
            case ULTRA_GROUP_PUSH_LEVEL_MENTIONS_OF_USER -> UltraGroupPushLevel.MENTIONS_OF_USER;
            case ULTRA_GROUP_PUSH_LEVEL_MENTION_ALL -> UltraGroupPushLevel.MENTION_ALL;
            case ULTRA_GROUP_PUSH_LEVEL_NONE -> UltraGroupPushLevel.NONE;
            default -> null;
        };
    }

    static rongcloud.gateway.proto.v1.UltraGroupPushLevel level(UltraGroupPushLevel level) {
        return switch (level) {
            case NOT_SET -> rongcloud.gateway.proto.v1.UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_NOT_SET;
            case ALL_MESSAGES -> rongcloud.gateway.proto.v1.UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_ALL_MESSAGES;
            case MENTIONS -> rongcloud.gateway.proto.v1.UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_MENTIONS;
            case MENTIONS_OF_USER -> rongcloud.gateway.proto.v1.UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_MENTIONS_OF_USER;
            case MENTION_ALL -> rongcloud.gateway.proto.v1.UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_MENTION_ALL;
            case NONE -> rongcloud.gateway.proto.v1.UltraGroupPushLevel.ULTRA_GROUP_PUSH_LEVEL_NONE;
        };
    }

    static rongcloud.gateway.proto.v1.UltraGroupChannel channel(UltraGroupChannel c) {
        var b = rongcloud.gateway.proto.v1.UltraGroupChannel.newBuilder().setChannelId(c.channelId())
                .setType(channelType(c.type()));
        c.createTime().ifPresent(t -> b.setCreateTime(ProtoTime.of(t)));
        return b.build();
    }

    static rongcloud.gateway.proto.v1.UltraGroupMessage message(UltraGroupMessage m) {
        var b = rongcloud.gateway.proto.v1.UltraGroupMessage.newBuilder().setGroupId(m.groupId())
                .setChannelId(m.channelId().orElse("")).setFromUserId(nz(m.fromUserId()))
                .setMessageUid(nz(m.messageUid())).setObjectName(nz(m.objectName())).setContentJson(nz(m.contentJson()))
                .setExpansion(m.expansion()).putAllExtraContent(m.extraContent());
        m.sentTime().ifPresent(t -> b.setSentTime(ProtoTime.of(t)));
        return b.build();
    }

    static rongcloud.gateway.proto.v1.UltraGroupExpansionEntry entry(UltraGroupExpansionEntry e) {
        var b = rongcloud.gateway.proto.v1.UltraGroupExpansionEntry.newBuilder().setKey(e.key()).setValue(e.value());
        e.setTime().ifPresent(t -> b.setSetTime(ProtoTime.of(t)));
        return b.build();
    }

    static Optional<String> optional(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
