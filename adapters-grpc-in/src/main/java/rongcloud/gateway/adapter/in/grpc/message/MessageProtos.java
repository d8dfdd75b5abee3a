package rongcloud.gateway.adapter.in.grpc.message;

import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.message.DeliveryOptions;
import rongcloud.gateway.domain.message.MessageContent;
import rongcloud.gateway.domain.message.PushSettings;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.message.TemplateMessage;
import rongcloud.gateway.proto.v1.TemplateRecipient;

/** Proto ↔ domain for the message types shared by MessageService and SystemService. */
public final class MessageProtos {
    private MessageProtos() {
    }

    /** The content, or null when no kind is set (the command reports it as missing). */
    public static MessageContent content(boolean present, rongcloud.gateway.proto.v1.MessageContent c) {
        if (!present) {
            return null;
        }
        return switch (c.getKindCase()) {
            case TEXT -> new MessageContent.Text(c.getText().getContent(), c.getText().getExtra(),
                    c.getText().hasUser() ? sender(c.getText().getUser()) : null,
                    c.getText().hasMention() ? new MessageContent.Mention(c.getText().getMention().getAll(),
                            c.getText().getMention().getUserIdsList(), c.getText().getMention().getMentionedContent()) : null);
            case IMAGE -> new MessageContent.Image(c.getImage().getThumbnailBase64(), c.getImage().getImageUri(),
                    c.getImage().getExtra(), c.getImage().hasUser() ? sender(c.getImage().getUser()) : null);
            case VOICE -> new MessageContent.Voice(c.getVoice().getRemoteUrl(), c.getVoice().getDurationSeconds(),
                    c.getVoice().getExtra(), c.getVoice().hasUser() ? sender(c.getVoice().getUser()) : null);
            case FILE -> new MessageContent.File(c.getFile().getName(), c.getFile().getSize(), c.getFile().getType(),
                    c.getFile().getFileUrl(), c.getFile().getExtra());
            case LOCATION -> new MessageContent.Location(c.getLocation().getThumbnailBase64(), c.getLocation().getLatitude(),
                    c.getLocation().getLongitude(), c.getLocation().getPoi(), c.getLocation().getExtra(),
                    c.getLocation().hasUser() ? sender(c.getLocation().getUser()) : null);
            case RICH_TEXT -> new MessageContent.RichText(c.getRichText().getTitle(), c.getRichText().getContent(),
                    c.getRichText().getImageUri(), c.getRichText().getUrl(), c.getRichText().getExtra(),
                    c.getRichText().hasUser() ? sender(c.getRichText().getUser()) : null);
            case COMMAND -> new MessageContent.Command(c.getCommand().getName(), c.getCommand().getData());
            case CUSTOM -> new MessageContent.Custom(c.getCustom().getObjectName(),
                    c.getCustom().hasContent() ? struct(c.getCustom().getContent()) : null);
            case RAW -> new MessageContent.Raw(c.getRaw().getObjectName(), c.getRaw().getJson());
            case KIND_NOT_SET -> null;
        };
    }

    private static MessageContent.Sender sender(rongcloud.gateway.proto.v1.SenderInfo s) {
        return new MessageContent.Sender(s.getId(), s.getName(), s.getPortrait(), s.getExtra());
    }

    /** A Struct as plain JSON values (Map, List, String, Double, Boolean, null). */
    static Map<String, Object> struct(Struct s) {
        Map<String, Object> map = new LinkedHashMap<>();
        s.getFieldsMap().forEach((k, v) -> map.put(k, value(v)));
        return map;
    }

    private static Object value(Value v) {
        return switch (v.getKindCase()) {
            case STRUCT_VALUE -> struct(v.getStructValue());
            case LIST_VALUE -> list(v.getListValue());
            case STRING_VALUE -> v.getStringValue();
            case NUMBER_VALUE -> v.getNumberValue();
            case BOOL_VALUE -> v.getBoolValue();
            case NULL_VALUE, KIND_NOT_SET -> null;
        };
    }

    private static List<Object> list(ListValue l) {
        List<Object> list = new ArrayList<>();
        l.getValuesList().forEach(v -> list.add(value(v)));
        return list;
    }

    public static PushSettings push(boolean present, rongcloud.gateway.proto.v1.PushSettings p) {
        if (!present) {
            return PushSettings.NONE;
        }
        return new PushSettings(p.getPushContent(), p.getPushData(),
                p.hasExt() ? new PushSettings.PushExt(p.getExt().getTitle(), p.getExt().getTemplateId(),
                        p.getExt().getForceShowPushContent()) : null,
                p.getDisablePush(), p.hasBadge() ? p.getBadge() : null, p.getContentAvailable());
    }

    public static DeliveryOptions options(rongcloud.gateway.proto.v1.DeliveryOptions o) {
        return new DeliveryOptions(o.hasPersisted() ? o.getPersisted() : null, o.hasCounted() ? o.getCounted() : null,
                o.getIncludeSender(), o.getVerifyBlacklist(), o.getDisableUpdateLastMessage(), o.getNeedReadReceipt());
    }

    public static List<TemplateMessage.Recipient> recipients(List<TemplateRecipient> recipients) {
        return recipients.stream().map(r -> new TemplateMessage.Recipient(r.getUserId(), r.getValuesMap(),
                r.getPushContent(), r.getPushData())).toList();
    }

    /** Null for UNSPECIFIED / unknown values (the command reports it). */
    public static ConversationType conversationType(rongcloud.gateway.proto.v1.ConversationType t) {
        return switch (t) {
            case CONVERSATION_TYPE_PRIVATE -> ConversationType.PRIVATE;
            case CONVERSATION_TYPE_GROUP -> ConversationType.GROUP;
            case CONVERSATION_TYPE_CHATROOM -> ConversationType.CHATROOM;
            case CONVERSATION_TYPE_SYSTEM -> ConversationType.SYSTEM;
            case CONVERSATION_TYPE_ULTRA_GROUP -> ConversationType.ULTRA_GROUP;
            default -> null;
        };
    }

    public static List<rongcloud.gateway.proto.v1.SentMessage> sent(List<SentMessage> sent) {
        return sent.stream().map(s -> rongcloud.gateway.proto.v1.SentMessage.newBuilder().setTargetId(s.targetId())
                .setMessageUid(s.messageUid()).build()).toList();
    }

    public static Long dedupKey(boolean present, long value) {
        return present ? value : null;
    }

    /** The command of MessageService.SendPrivateMessage (also built for OutboxService.SubmitPrivateMessage). */
    public static rongcloud.gateway.domain.message.SendPrivateMessageCommand privateMessage(
            rongcloud.gateway.proto.v1.SendPrivateMessageRequest r) {
        return new rongcloud.gateway.domain.message.SendPrivateMessageCommand(r.getToUserIdsList(),
                new rongcloud.gateway.domain.message.OutgoingMessage(r.getFromUserId(),
                        content(r.hasContent(), r.getContent()), push(r.hasPush(), r.getPush()),
                        options(r.getOptions()), r.getExpansion(), r.getExtraContentMap(),
                        dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** The command of MessageService.SendGroupMessage (also built for OutboxService.SubmitGroupMessage). */
    public static rongcloud.gateway.domain.message.SendGroupMessageCommand groupMessage(
            rongcloud.gateway.proto.v1.SendGroupMessageRequest r) {
        return new rongcloud.gateway.domain.message.SendGroupMessageCommand(r.getToGroupIdsList(),
                r.getDirectedUserIdsList(), new rongcloud.gateway.domain.message.OutgoingMessage(r.getFromUserId(),
                        content(r.hasContent(), r.getContent()), push(r.hasPush(), r.getPush()),
                        options(r.getOptions()), r.getExpansion(), r.getExtraContentMap(),
                        dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** The command of SystemService.SendSystemMessage (also built for OutboxService.SubmitSystemMessage). */
    public static rongcloud.gateway.domain.system.SendSystemMessageCommand systemMessage(
            rongcloud.gateway.proto.v1.SendSystemMessageRequest r) {
        return new rongcloud.gateway.domain.system.SendSystemMessageCommand(r.getToUserIdsList(),
                new rongcloud.gateway.domain.message.OutgoingMessage(r.getFromUserId(),
                        content(r.hasContent(), r.getContent()), push(r.hasPush(), r.getPush()),
                        options(r.getOptions()), false, null, dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }
    /** The command of MessageService.SendPrivateTemplateMessage (also built for OutboxService.SubmitPrivateTemplateMessage). */
    public static rongcloud.gateway.domain.message.SendPrivateTemplateMessageCommand privateTemplateMessage(
            rongcloud.gateway.proto.v1.SendPrivateTemplateMessageRequest r) {
        return new rongcloud.gateway.domain.message.SendPrivateTemplateMessageCommand(new TemplateMessage(
                r.getFromUserId(), content(r.hasTemplate(), r.getTemplate()), recipients(r.getRecipientsList()),
                r.getDisablePush(), r.getContentAvailable(), options(r.getOptions()),
                dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** The command of MessageService.SendPrivateStatusMessage (also built for OutboxService.SubmitPrivateStatusMessage). */
    public static rongcloud.gateway.domain.message.SendPrivateStatusMessageCommand privateStatusMessage(
            rongcloud.gateway.proto.v1.SendPrivateStatusMessageRequest r) {
        return new rongcloud.gateway.domain.message.SendPrivateStatusMessageCommand(r.getToUserIdsList(),
                new rongcloud.gateway.domain.message.OutgoingMessage(r.getFromUserId(),
                        content(r.hasContent(), r.getContent()), null,
                        statusOptions(r.getVerifyBlacklist(), r.getIncludeSender()), false, null,
                        dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** The command of MessageService.SendGroupStatusMessage (also built for OutboxService.SubmitGroupStatusMessage). */
    public static rongcloud.gateway.domain.message.SendGroupStatusMessageCommand groupStatusMessage(
            rongcloud.gateway.proto.v1.SendGroupStatusMessageRequest r) {
        return new rongcloud.gateway.domain.message.SendGroupStatusMessageCommand(r.getToGroupIdsList(),
                new rongcloud.gateway.domain.message.OutgoingMessage(r.getFromUserId(),
                        content(r.hasContent(), r.getContent()), null,
                        statusOptions(r.getVerifyBlacklist(), r.getIncludeSender()), false, null,
                        dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** The command of MessageService.SendUltraGroupMessage (also built for OutboxService.SubmitUltraGroupMessage). */
    public static rongcloud.gateway.domain.message.SendUltraGroupMessageCommand ultraGroupMessage(
            rongcloud.gateway.proto.v1.SendUltraGroupMessageRequest r) {
        return new rongcloud.gateway.domain.message.SendUltraGroupMessageCommand(r.getToGroupIdsList(),
                r.getDirectedUserIdsList(), r.getChannelId(), new rongcloud.gateway.domain.message.OutgoingMessage(
                        r.getFromUserId(), content(r.hasContent(), r.getContent()), push(r.hasPush(), r.getPush()),
                        options(r.getOptions()), r.getExpansion(), r.getExtraContentMap(),
                        dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** The command of MessageService.SendChatroomMessage (also built for OutboxService.SubmitChatroomMessage). */
    public static rongcloud.gateway.domain.message.SendChatroomMessageCommand chatroomMessage(
            rongcloud.gateway.proto.v1.SendChatroomMessageRequest r) {
        return new rongcloud.gateway.domain.message.SendChatroomMessageCommand(r.getToChatroomIdsList(),
                new rongcloud.gateway.domain.message.OutgoingMessage(r.getFromUserId(),
                        content(r.hasContent(), r.getContent()), null,
                        new DeliveryOptions(r.hasPersisted() ? r.getPersisted() : null, null, r.getIncludeSender(),
                                false, false, false),
                        false, null, dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** The command of SystemService.SendSystemTemplateMessage (also built for OutboxService.SubmitSystemTemplateMessage). */
    public static rongcloud.gateway.domain.system.SendSystemTemplateMessageCommand systemTemplateMessage(
            rongcloud.gateway.proto.v1.SendSystemTemplateMessageRequest r) {
        return new rongcloud.gateway.domain.system.SendSystemTemplateMessageCommand(new TemplateMessage(
                r.getFromUserId(), content(r.hasTemplate(), r.getTemplate()), recipients(r.getRecipientsList()),
                r.getDisablePush(), r.getContentAvailable(),
                new DeliveryOptions(null, null, false, false, r.getDisableUpdateLastMessage(), false),
                dedupKey(r.hasDedupKey(), r.getDedupKey())));
    }

    /** Status messages take only verify_blacklist and include_sender. */
    private static DeliveryOptions statusOptions(boolean verifyBlacklist, boolean includeSender) {
        return new DeliveryOptions(null, null, includeSender, verifyBlacklist, false, false);
    }
}
