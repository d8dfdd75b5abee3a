package rongcloud.gateway.adapter.in.grpc.message;

import static rongcloud.gateway.adapter.in.grpc.message.MessageProtos.content;
import static rongcloud.gateway.adapter.in.grpc.message.MessageProtos.conversationType;
import static rongcloud.gateway.adapter.in.grpc.message.MessageProtos.sent;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.message.MessagingUseCase;
import rongcloud.gateway.domain.message.BroadcastChatroomMessageCommand;
import rongcloud.gateway.domain.message.CleanConversationHistoryCommand;
import rongcloud.gateway.domain.message.DeliveryOptions;
import rongcloud.gateway.domain.message.DeleteMessageExpansionCommand;
import rongcloud.gateway.domain.message.DeleteMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.ExpansionEntry;
import rongcloud.gateway.domain.message.GetMessageHistoryLogCommand;
import rongcloud.gateway.domain.message.HistoryLog;
import rongcloud.gateway.domain.message.ListMessageExpansionCommand;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.message.RecallMessageCommand;
import rongcloud.gateway.domain.message.SetMessageExpansionCommand;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.proto.v1.BroadcastChatroomMessageRequest;
import rongcloud.gateway.proto.v1.BroadcastChatroomMessageResponse;
import rongcloud.gateway.proto.v1.CleanConversationHistoryRequest;
import rongcloud.gateway.proto.v1.SendChatroomMessageRequest;
import rongcloud.gateway.proto.v1.SendChatroomMessageResponse;
import rongcloud.gateway.proto.v1.CleanConversationHistoryResponse;
import rongcloud.gateway.proto.v1.DeleteMessageExpansionRequest;
import rongcloud.gateway.proto.v1.DeleteMessageExpansionResponse;
import rongcloud.gateway.proto.v1.DeleteMessageHistoryLogRequest;
import rongcloud.gateway.proto.v1.DeleteMessageHistoryLogResponse;
import rongcloud.gateway.proto.v1.GetMessageHistoryLogRequest;
import rongcloud.gateway.proto.v1.GetMessageHistoryLogResponse;
import rongcloud.gateway.proto.v1.ListMessageExpansionRequest;
import rongcloud.gateway.proto.v1.ListMessageExpansionResponse;
import rongcloud.gateway.proto.v1.MessageService;
import rongcloud.gateway.proto.v1.RecallMessageRequest;
import rongcloud.gateway.proto.v1.RecallMessageResponse;
import rongcloud.gateway.proto.v1.SendGroupMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupMessageResponse;
import rongcloud.gateway.proto.v1.SendGroupStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupStatusMessageResponse;
import rongcloud.gateway.proto.v1.SendPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateMessageResponse;
import rongcloud.gateway.proto.v1.SendPrivateStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateStatusMessageResponse;
import rongcloud.gateway.proto.v1.SendPrivateTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateTemplateMessageResponse;
import rongcloud.gateway.proto.v1.SendUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.SendUltraGroupMessageResponse;
import rongcloud.gateway.proto.v1.SetMessageExpansionRequest;
import rongcloud.gateway.proto.v1.SetMessageExpansionResponse;

/** The "message" area over gRPC: maps messages to commands and results to messages, nothing else. */
@GrpcService
@Blocking
public class MessageGrpcService implements MessageService {
    private final MessagingUseCase messages;

    @Inject
    public MessageGrpcService(MessagingUseCase messages) {
        this.messages = messages;
    }

    @Override
    public Uni<SendPrivateMessageResponse> sendPrivateMessage(SendPrivateMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendPrivateMessageResponse.newBuilder().addAllMessages(sent(
                messages.sendPrivateMessage(ctx, MessageProtos.privateMessage(r)))).build());
    }

    @Override
    public Uni<SendPrivateTemplateMessageResponse> sendPrivateTemplateMessage(SendPrivateTemplateMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendPrivateTemplateMessageResponse.newBuilder().addAllMessages(sent(
                messages.sendPrivateTemplateMessage(ctx, MessageProtos.privateTemplateMessage(r)))).build());
    }

    @Override
    public Uni<SendPrivateStatusMessageResponse> sendPrivateStatusMessage(SendPrivateStatusMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendPrivateStatusMessageResponse.newBuilder().addAllMessages(sent(
                messages.sendPrivateStatusMessage(ctx, MessageProtos.privateStatusMessage(r)))).build());
    }

    @Override
    public Uni<SendGroupMessageResponse> sendGroupMessage(SendGroupMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendGroupMessageResponse.newBuilder().addAllMessages(sent(
                messages.sendGroupMessage(ctx, MessageProtos.groupMessage(r)))).build());
    }

    @Override
    public Uni<SendGroupStatusMessageResponse> sendGroupStatusMessage(SendGroupStatusMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendGroupStatusMessageResponse.newBuilder().addAllMessages(sent(
                messages.sendGroupStatusMessage(ctx, MessageProtos.groupStatusMessage(r)))).build());
    }

    @Override
    public Uni<SendUltraGroupMessageResponse> sendUltraGroupMessage(SendUltraGroupMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendUltraGroupMessageResponse.newBuilder().addAllMessages(sent(
                messages.sendUltraGroupMessage(ctx, MessageProtos.ultraGroupMessage(r)))).build());
    }

    @Override
    public Uni<SetMessageExpansionResponse> setMessageExpansion(SetMessageExpansionRequest r) {
        return GrpcCalls.unary(ctx -> {
            messages.setMessageExpansion(ctx, new SetMessageExpansionCommand(r.getMessageUid(), r.getUserId(),
                    conversationType(r.getConversationType()), r.getTargetId(), r.getEntriesMap(), r.getSyncSender()));
            return SetMessageExpansionResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<DeleteMessageExpansionResponse> deleteMessageExpansion(DeleteMessageExpansionRequest r) {
        return GrpcCalls.unary(ctx -> {
            messages.deleteMessageExpansion(ctx, new DeleteMessageExpansionCommand(r.getMessageUid(), r.getUserId(),
                    conversationType(r.getConversationType()), r.getTargetId(), r.getKeysList(), r.getSyncSender()));
            return DeleteMessageExpansionResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<ListMessageExpansionResponse> listMessageExpansion(ListMessageExpansionRequest r) {
        return GrpcCalls.unary(ctx -> {
            Page<ExpansionEntry> page = messages.listMessageExpansion(ctx,
                    ListMessageExpansionCommand.of(r.getMessageUid(), r.getPageToken()));
            ListMessageExpansionResponse.Builder b = ListMessageExpansionResponse.newBuilder()
                    .setNextPageToken(page.nextPageToken().orElse(""));
            for (ExpansionEntry e : page.items()) {
                rongcloud.gateway.proto.v1.ExpansionEntry.Builder m = rongcloud.gateway.proto.v1.ExpansionEntry.newBuilder()
                        .setKey(e.key()).setValue(e.value() == null ? "" : e.value());
                if (e.updateTime() != null) {
                    m.setUpdateTime(ProtoTime.of(e.updateTime()));
                }
                b.addEntries(m);
            }
            return b.build();
        });
    }

    @Override
    public Uni<RecallMessageResponse> recallMessage(RecallMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            messages.recallMessage(ctx, new RecallMessageCommand(r.getFromUserId(), conversationType(r.getConversationType()),
                    r.getTargetId(), r.getMessageUid(), ProtoTime.toInstant(r.hasSentTime(), r.getSentTime()),
                    r.getChannelId(), r.getByAdmin(), r.getDelete(), r.getDisablePush(), r.getExtra(),
                    r.getDisableUpdateLastMessage()));
            return RecallMessageResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<GetMessageHistoryLogResponse> getMessageHistoryLog(GetMessageHistoryLogRequest r) {
        return GrpcCalls.unary(ctx -> {
            HistoryLog log = messages.getMessageHistoryLog(ctx,
                    new GetMessageHistoryLogCommand(ProtoTime.toInstant(r.hasHour(), r.getHour())));
            return GetMessageHistoryLogResponse.newBuilder().setUrl(log.url()).setDate(log.date()).build();
        });
    }

    @Override
    public Uni<DeleteMessageHistoryLogResponse> deleteMessageHistoryLog(DeleteMessageHistoryLogRequest r) {
        return GrpcCalls.unary(ctx -> {
            messages.deleteMessageHistoryLog(ctx,
                    new DeleteMessageHistoryLogCommand(ProtoTime.toInstant(r.hasHour(), r.getHour())));
            return DeleteMessageHistoryLogResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<CleanConversationHistoryResponse> cleanConversationHistory(CleanConversationHistoryRequest r) {
        return GrpcCalls.unary(ctx -> {
            messages.cleanConversationHistory(ctx, new CleanConversationHistoryCommand(
                    conversationType(r.getConversationType()), r.getUserId(), r.getTargetId(),
                    r.hasBefore() ? ProtoTime.toInstant(true, r.getBefore()) : null));
            return CleanConversationHistoryResponse.getDefaultInstance();
        });
    }

    @Override
    public Uni<SendChatroomMessageResponse> sendChatroomMessage(SendChatroomMessageRequest r) {
        return GrpcCalls.unary(ctx -> SendChatroomMessageResponse.newBuilder().addAllMessages(sent(
                messages.sendChatroomMessage(ctx, MessageProtos.chatroomMessage(r)))).build());
    }

    @Override
    public Uni<BroadcastChatroomMessageResponse> broadcastChatroomMessage(BroadcastChatroomMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            messages.broadcastChatroomMessage(ctx, new BroadcastChatroomMessageCommand(new OutgoingMessage(
                    r.getFromUserId(), content(r.hasContent(), r.getContent()), null,
                    new DeliveryOptions(null, null, r.getIncludeSender(), false, false, false), false, null, null)));
            return BroadcastChatroomMessageResponse.getDefaultInstance();
        });
    }
}
