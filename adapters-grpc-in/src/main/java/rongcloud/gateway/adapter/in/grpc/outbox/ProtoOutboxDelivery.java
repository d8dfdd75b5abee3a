package rongcloud.gateway.adapter.in.grpc.outbox;

import com.google.protobuf.InvalidProtocolBufferException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import rongcloud.gateway.adapter.in.grpc.message.MessageProtos;
import rongcloud.gateway.application.port.in.message.MessagingUseCase;
import rongcloud.gateway.application.port.in.system.SystemNotificationUseCase;
import rongcloud.gateway.application.port.out.persistence.OutboxDelivery;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.message.SentMessage;
import rongcloud.gateway.domain.outbox.SubmissionKind;
import rongcloud.gateway.proto.v1.SendChatroomMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendUltraGroupMessageRequest;

/**
 * Replays a stored request: parses the bytes the submit stored, builds the same command as the direct RPC and
 * calls the same use case, as the submitting caller.
 */
@ApplicationScoped
public class ProtoOutboxDelivery implements OutboxDelivery {
    private final MessagingUseCase messages;
    private final SystemNotificationUseCase system;

    @Inject
    public ProtoOutboxDelivery(MessagingUseCase messages, SystemNotificationUseCase system) {
        this.messages = messages;
        this.system = system;
    }

    @Override
    public List<SentMessage> deliver(CallContext ctx, SubmissionKind kind, byte[] payload) {
        try {
            return switch (kind) {
                case PRIVATE_MESSAGE -> messages.sendPrivateMessage(ctx,
                        MessageProtos.privateMessage(SendPrivateMessageRequest.parseFrom(payload)));
                case GROUP_MESSAGE -> messages.sendGroupMessage(ctx,
                        MessageProtos.groupMessage(SendGroupMessageRequest.parseFrom(payload)));
                case SYSTEM_MESSAGE -> system.sendSystemMessage(ctx,
                        MessageProtos.systemMessage(SendSystemMessageRequest.parseFrom(payload)));
                case PRIVATE_TEMPLATE_MESSAGE -> messages.sendPrivateTemplateMessage(ctx,
                        MessageProtos.privateTemplateMessage(SendPrivateTemplateMessageRequest.parseFrom(payload)));
                case PRIVATE_STATUS_MESSAGE -> messages.sendPrivateStatusMessage(ctx,
                        MessageProtos.privateStatusMessage(SendPrivateStatusMessageRequest.parseFrom(payload)));
                case GROUP_STATUS_MESSAGE -> messages.sendGroupStatusMessage(ctx,
                        MessageProtos.groupStatusMessage(SendGroupStatusMessageRequest.parseFrom(payload)));
                case ULTRA_GROUP_MESSAGE -> messages.sendUltraGroupMessage(ctx,
                        MessageProtos.ultraGroupMessage(SendUltraGroupMessageRequest.parseFrom(payload)));
                case CHATROOM_MESSAGE -> messages.sendChatroomMessage(ctx,
                        MessageProtos.chatroomMessage(SendChatroomMessageRequest.parseFrom(payload)));
                case SYSTEM_TEMPLATE_MESSAGE -> system.sendSystemTemplateMessage(ctx,
                        MessageProtos.systemTemplateMessage(SendSystemTemplateMessageRequest.parseFrom(payload)));
            };
        } catch (InvalidProtocolBufferException e) {
            throw new InvalidArgumentException(List.of(new FieldViolation("payload",
                    "stored request cannot be parsed: " + e.getMessage())));
        }
    }
}
