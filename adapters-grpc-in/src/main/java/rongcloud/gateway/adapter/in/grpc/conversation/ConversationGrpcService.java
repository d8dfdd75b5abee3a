package rongcloud.gateway.adapter.in.grpc.conversation;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.message.MessageProtos;
import rongcloud.gateway.application.port.in.conversation.ConversationUseCase;
import rongcloud.gateway.domain.conversation.SetConversationTopCommand;
import rongcloud.gateway.proto.v1.ConversationService;
import rongcloud.gateway.proto.v1.SetConversationTopRequest;
import rongcloud.gateway.proto.v1.SetConversationTopResponse;

/** The "conversation" area over gRPC. */
@GrpcService
@Blocking
public class ConversationGrpcService implements ConversationService {
    private final ConversationUseCase conversations;

    @Inject
    public ConversationGrpcService(ConversationUseCase conversations) {
        this.conversations = conversations;
    }

    @Override
    public Uni<SetConversationTopResponse> setConversationTop(SetConversationTopRequest r) {
        return GrpcCalls.unary(ctx -> {
            conversations.setConversationTop(ctx, new SetConversationTopCommand(r.getUserId(),
                    MessageProtos.conversationType(r.getConversationType()), r.getTargetId(), r.getPinned()));
            return SetConversationTopResponse.getDefaultInstance();
        });
    }
}
