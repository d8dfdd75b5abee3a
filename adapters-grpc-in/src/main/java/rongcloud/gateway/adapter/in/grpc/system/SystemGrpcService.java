package rongcloud.gateway.adapter.in.grpc.system;

import static rongcloud.gateway.adapter.in.grpc.message.MessageProtos.content;
import static rongcloud.gateway.adapter.in.grpc.message.MessageProtos.dedupKey;
import static rongcloud.gateway.adapter.in.grpc.message.MessageProtos.push;
import static rongcloud.gateway.adapter.in.grpc.message.MessageProtos.sent;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.adapter.in.grpc.message.MessageProtos;
import rongcloud.gateway.application.port.in.system.SystemNotificationUseCase;
import rongcloud.gateway.domain.message.ConversationType;
import rongcloud.gateway.domain.message.DeliveryOptions;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.message.PushSettings;
import rongcloud.gateway.domain.message.RecallMessageCommand;
import rongcloud.gateway.domain.system.BroadcastOnlineMessageCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageByPackageCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageByTagCommand;
import rongcloud.gateway.domain.system.BroadcastSystemMessageCommand;
import rongcloud.gateway.domain.system.Platform;
import rongcloud.gateway.domain.system.PushAudience;
import rongcloud.gateway.domain.system.PushNotification;
import rongcloud.gateway.domain.system.PushNotificationToAllCommand;
import rongcloud.gateway.domain.system.PushNotificationToUsersCommand;
import rongcloud.gateway.domain.system.PushReceipt;
import rongcloud.gateway.domain.system.RecallBroadcastMessageCommand;
import rongcloud.gateway.proto.v1.BroadcastOnlineMessageRequest;
import rongcloud.gateway.proto.v1.BroadcastOnlineMessageResponse;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageByPackageRequest;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageByPackageResponse;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageByTagRequest;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageByTagResponse;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageRequest;
import rongcloud.gateway.proto.v1.BroadcastSystemMessageResponse;
import rongcloud.gateway.proto.v1.PushNotificationToAllRequest;
import rongcloud.gateway.proto.v1.PushNotificationToAllResponse;
import rongcloud.gateway.proto.v1.PushNotificationToUsersRequest;
import rongcloud.gateway.proto.v1.PushNotificationToUsersResponse;
import rongcloud.gateway.proto.v1.RecallBroadcastMessageRequest;
import rongcloud.gateway.proto.v1.RecallBroadcastMessageResponse;
import rongcloud.gateway.proto.v1.RecallSystemMessageRequest;
import rongcloud.gateway.proto.v1.RecallSystemMessageResponse;
import rongcloud.gateway.proto.v1.SendSystemMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemMessageResponse;
import rongcloud.gateway.proto.v1.SendSystemTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemTemplateMessageResponse;
import rongcloud.gateway.proto.v1.SystemService;

/** The "system" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class SystemGrpcService implements SystemService {
    private final SystemNotificationUseCase system;

    @Inject
    public SystemGrpcService(SystemNotificationUseCase system) {
        this.system = system;
    }

    @Override
    public Uni<SendSystemMessageResponse> sendSystemMessage(SendSystemMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendSystemMessageResponse.newBuilder().addAllMessages(sent(
                system.sendSystemMessage(ctx, MessageProtos.systemMessage(r)))).build());
    }

    @Override
    public Uni<SendSystemTemplateMessageResponse> sendSystemTemplateMessage(SendSystemTemplateMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendSystemTemplateMessageResponse.newBuilder().addAllMessages(sent(
                system.sendSystemTemplateMessage(ctx, MessageProtos.systemTemplateMessage(r)))).build());
    }

    @Override
    public Uni<RecallSystemMessageResponse> recallSystemMessage(RecallSystemMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            system.recallSystemMessage(ctx, new RecallMessageCommand(r.getFromUserId(), ConversationType.SYSTEM,
                    r.getTargetId(), r.getMessageUid(), ProtoTime.toInstant(r.hasSentTime(), r.getSentTime()), null,
                    r.getByAdmin(), r.getDelete(), r.getDisablePush(), r.getExtra(), r.getDisableUpdateLastMessage()));
            return RecallSystemMessageResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<BroadcastSystemMessageResponse> broadcastSystemMessage(BroadcastSystemMessageRequest r) {
        return GrpcCalls.unary(ctx -> BroadcastSystemMessageResponse.newBuilder().setMessageUid(nullToEmpty(
                system.broadcastSystemMessage(ctx, new BroadcastSystemMessageCommand(new OutgoingMessage(
                        r.getFromUserId(), content(r.hasContent(), r.getContent()), push(r.hasPush(), r.getPush()),
                        lastMessageOnly(r.getDisableUpdateLastMessage()), false, null,
                        dedupKey(r.hasDedupKey(), r.getDedupKey())))))).build());
    }

    @Override
    public Uni<BroadcastOnlineMessageResponse> broadcastOnlineMessage(BroadcastOnlineMessageRequest r) {
        return GrpcCalls.unary(ctx -> BroadcastOnlineMessageResponse.newBuilder().setMessageUid(nullToEmpty(
                system.broadcastOnlineMessage(ctx, new BroadcastOnlineMessageCommand(new OutgoingMessage(
                        r.getFromUserId(), content(r.hasContent(), r.getContent()), PushSettings.NONE,
                        lastMessageOnly(r.getDisableUpdateLastMessage()), false, null,
                        dedupKey(r.hasDedupKey(), r.getDedupKey())))))).build());
    }

    @Override
    public Uni<PushNotificationToAllResponse> pushNotificationToAll(PushNotificationToAllRequest r) {
        return GrpcCalls.unary(ctx -> {
            PushReceipt receipt = system.pushNotificationToAll(ctx, new PushNotificationToAllCommand(
                    platforms(r.getPlatformsList()), r.getToAll(), audience(r.hasAudience(), r.getAudience()),
                    notification(r.hasNotification(), r.getNotification())));
            return PushNotificationToAllResponse.newBuilder().setPushId(receipt.pushId()).build();
        });
    }

    @Override
    public Uni<BroadcastSystemMessageByTagResponse> broadcastSystemMessageByTag(BroadcastSystemMessageByTagRequest r) {
        return GrpcCalls.unary(ctx -> {
            PushReceipt receipt = system.broadcastSystemMessageByTag(ctx, new BroadcastSystemMessageByTagCommand(
                    platforms(r.getPlatformsList()), r.getFromUserId(), audience(r.hasAudience(), r.getAudience()),
                    content(r.hasContent(), r.getContent()), r.getDisableUpdateLastMessage(),
                    notification(r.hasNotification(), r.getNotification())));
            return BroadcastSystemMessageByTagResponse.newBuilder().setPushId(receipt.pushId())
                    .setMessageUid(nullToEmpty(receipt.messageUid())).build();
        });
    }

    @Override
    public Uni<BroadcastSystemMessageByPackageResponse> broadcastSystemMessageByPackage(
            BroadcastSystemMessageByPackageRequest r) {
        return GrpcCalls.unary(ctx -> {
            PushReceipt receipt = system.broadcastSystemMessageByPackage(ctx, new BroadcastSystemMessageByPackageCommand(
                    platforms(r.getPlatformsList()), r.getFromUserId(), r.getPackageName(),
                    content(r.hasContent(), r.getContent()), r.getDisableUpdateLastMessage(),
                    notification(r.hasNotification(), r.getNotification())));
            return BroadcastSystemMessageByPackageResponse.newBuilder().setPushId(receipt.pushId())
                    .setMessageUid(nullToEmpty(receipt.messageUid())).build();
        });
    }

    @Override
    public Uni<RecallBroadcastMessageResponse> recallBroadcastMessage(RecallBroadcastMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            system.recallBroadcastMessage(ctx, new RecallBroadcastMessageCommand(r.getFromUserId(), r.getMessageUid(),
                    ProtoTime.toInstant(r.hasSentTime(), r.getSentTime()), r.getByAdmin(), r.getDelete(), r.getExtra(),
                    r.getDisableUpdateLastMessage()));
            return RecallBroadcastMessageResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<PushNotificationToUsersResponse> pushNotificationToUsers(PushNotificationToUsersRequest r) {
        return GrpcCalls.unary(ctx -> {
            system.pushNotificationToUsers(ctx, new PushNotificationToUsersCommand(r.getUserIdsList(),
                    notification(r.hasNotification(), r.getNotification())));
            return PushNotificationToUsersResponse.getDefaultInstance();
        });
    }

    private static DeliveryOptions lastMessageOnly(boolean disableUpdateLastMessage) {
        return new DeliveryOptions(null, null, false, false, disableUpdateLastMessage, false);
    }

    /** UNSPECIFIED / unknown platforms become null entries, reported by the command. */
    private static List<Platform> platforms(List<rongcloud.gateway.proto.v1.Platform> platforms) {
        return platforms.stream().map(p -> switch (p) {
            case PLATFORM_IOS -> Platform.IOS;
            case PLATFORM_ANDROID -> Platform.ANDROID;
            default -> (Platform) null;
        }).collect(java.util.stream.Collectors.toList());
    }

    private static PushAudience audience(boolean present, rongcloud.gateway.proto.v1.PushAudience a) {
        return present ? new PushAudience(a.getTagsList(), a.getTagsOrList(), a.getUserIdsList(), a.getPackageName())
                : PushAudience.NONE;
    }

    private static PushNotification notification(boolean present, rongcloud.gateway.proto.v1.PushNotification n) {
        if (!present) {
            return null;
        }
        PushNotification.Ios ios = n.hasIos() ? new PushNotification.Ios(n.getIos().getAlert(), n.getIos().getTitle(),
                n.getIos().hasBadge() ? n.getIos().getBadge() : null, n.getIos().getCategory(), n.getIos().getThreadId(),
                n.getIos().getApnsCollapseId(), n.getIos().getRichMediaUri(), n.getIos().getContentAvailable(),
                n.getIos().getExtrasMap()) : null;
        PushNotification.Android android = n.hasAndroid()
                ? new PushNotification.Android(n.getAndroid().getAlert(), n.getAndroid().getExtrasMap()) : null;
        return new PushNotification(n.getAlert(), n.getTitle(), n.getForceShowPushContent(), ios, android);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
