package rongcloud.gateway.adapter.in.grpc.push;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.push.DoNotDisturbLevel;
import rongcloud.gateway.domain.push.PushPlusAudience;
import rongcloud.gateway.domain.push.PushPlusNotification;
import rongcloud.gateway.domain.push.TagItem;
import rongcloud.gateway.domain.push.TagOperator;
import rongcloud.gateway.domain.system.Platform;
import rongcloud.gateway.domain.system.PushNotification;
import rongcloud.gateway.proto.v1.PushPlusTagOperator;

/** Mapping between the push messages of push.proto and the domain's values. */
final class PushMessages {
    private PushMessages() {
    }

    /** UNSPECIFIED (and unknown numbers) become null: the commands report them as missing. */
    static DoNotDisturbLevel level(rongcloud.gateway.proto.v1.DoNotDisturbLevel l) {
        return switch (l) {
            case DO_NOT_DISTURB_LEVEL_ALL_MESSAGES -> DoNotDisturbLevel.ALL_MESSAGES;
            case DO_NOT_DISTURB_LEVEL_DEFAULT -> DoNotDisturbLevel.DEFAULT;
            case DO_NOT_DISTURB_LEVEL_MENTIONS -> DoNotDisturbLevel.MENTIONS;
            case DO_NOT_DISTURB_LEVEL_MENTIONS_OF_USER -> DoNotDisturbLevel.MENTIONS_OF_USER;
            case DO_NOT_DISTURB_LEVEL_MENTIONS_OF_ALL -> DoNotDisturbLevel.MENTIONS_OF_ALL;
            case DO_NOT_DISTURB_LEVEL_NONE -> DoNotDisturbLevel.NONE;
            default -> null;
        };
    }

    static rongcloud.gateway.proto.v1.DoNotDisturbLevel level(DoNotDisturbLevel l) {
        return switch (l) {
            case ALL_MESSAGES -> rongcloud.gateway.proto.v1.DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_ALL_MESSAGES;
            case DEFAULT -> rongcloud.gateway.proto.v1.DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_DEFAULT;
            case MENTIONS -> rongcloud.gateway.proto.v1.DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_MENTIONS;
            case MENTIONS_OF_USER -> rongcloud.gateway.proto.v1.DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_MENTIONS_OF_USER;
            case MENTIONS_OF_ALL -> rongcloud.gateway.proto.v1.DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_MENTIONS_OF_ALL;
            case NONE -> rongcloud.gateway.proto.v1.DoNotDisturbLevel.DO_NOT_DISTURB_LEVEL_NONE;
        };
    }

    static List<Platform> platforms(List<rongcloud.gateway.proto.v1.Platform> platforms) {
        return platforms.stream().map(p -> switch (p) {
            case PLATFORM_IOS -> Platform.IOS;
            case PLATFORM_ANDROID -> Platform.ANDROID;
            default -> null;
        }).toList();
    }

    static PushPlusAudience audience(boolean present, rongcloud.gateway.proto.v1.PushPlusAudience a) {
        if (!present) {
            return null;
        }
        List<TagItem> items = a.getTagItemsList().stream().map(i -> new TagItem(i.getTagsList(), i.getIsNot(),
                operator(i.getTagsOperator()), operator(i.getItemsOperator()))).toList();
        return new PushPlusAudience(a.getToAll(), a.getTagsList(), a.getTagsOrList(), items, a.getUserIdsList(),
                a.getPackageName());
    }

    /** UNSPECIFIED means AND; unknown numbers become null (a violation). */
    private static TagOperator operator(PushPlusTagOperator o) {
        return switch (o) {
            case PUSH_PLUS_TAG_OPERATOR_UNSPECIFIED, PUSH_PLUS_TAG_OPERATOR_AND -> TagOperator.AND;
            case PUSH_PLUS_TAG_OPERATOR_OR -> TagOperator.OR;
            default -> null;
        };
    }

    static PushPlusNotification notification(boolean present, rongcloud.gateway.proto.v1.PushPlusNotification n) {
        if (!present) {
            return null;
        }
        PushNotification.Ios ios = null;
        if (n.hasIos()) {
            var i = n.getIos();
            ios = new PushNotification.Ios(i.getAlert(), i.getTitle(), i.hasBadge() ? i.getBadge() : null,
                    i.getCategory(), i.getThreadId(), i.getApnsCollapseId(), i.getRichMediaUri(),
                    i.getContentAvailable(), i.getExtrasMap());
        }
        PushPlusNotification.Android android = null;
        if (n.hasAndroid()) {
            var a = n.getAndroid();
            android = new PushPlusNotification.Android(a.getHwChannelId(), a.getHwImportance(), a.getHwImage(),
                    a.getMiChannelId(), a.getMiLargeIconUri(), a.getOppoChannelId(),
                    a.hasVivoClassification() ? a.getVivoClassification() : null, a.getExtrasMap());
        }
        return new PushPlusNotification(n.getTitle(), n.getAlert(), ios, android);
    }

    /** Plain JSON values (Map, List, String, Number, Boolean, null) as a Struct. */
    static Struct struct(Map<String, Object> fields) {
        Struct.Builder b = Struct.newBuilder();
        fields.forEach((k, v) -> b.putFields(k, value(v)));
        return b.build();
    }

    @SuppressWarnings("unchecked")
    private static Value value(Object v) {
        if (v == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        }
        if (v instanceof Map<?, ?> m) {
            return Value.newBuilder().setStructValue(struct((Map<String, Object>) m)).build();
        }
        if (v instanceof List<?> l) {
            ListValue.Builder lb = ListValue.newBuilder();
            l.forEach(x -> lb.addValues(value(x)));
            return Value.newBuilder().setListValue(lb).build();
        }
        if (v instanceof Number n) {
            return Value.newBuilder().setNumberValue(n.doubleValue()).build();
        }
        if (v instanceof Boolean bool) {
            return Value.newBuilder().setBoolValue(bool).build();
        }
        return Value.newBuilder().setStringValue(v.toString()).build();
    }
}
