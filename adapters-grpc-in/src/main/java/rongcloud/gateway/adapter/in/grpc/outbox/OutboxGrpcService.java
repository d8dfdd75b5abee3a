package rongcloud.gateway.adapter.in.grpc.outbox;

import com.google.protobuf.Message;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.adapter.in.grpc.message.MessageProtos;
import rongcloud.gateway.application.port.in.outbox.OutboxUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;
import rongcloud.gateway.domain.outbox.SubmissionKind;
import rongcloud.gateway.domain.outbox.SubmitCommand;
import rongcloud.gateway.proto.v1.GetSubmissionRequest;
import rongcloud.gateway.proto.v1.OutboxService;
import rongcloud.gateway.proto.v1.SendChatroomMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupMessageRequest;
import rongcloud.gateway.proto.v1.SendGroupStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateStatusMessageRequest;
import rongcloud.gateway.proto.v1.SendPrivateTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SendUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.SubmitChatroomMessageRequest;
import rongcloud.gateway.proto.v1.SubmitGroupMessageRequest;
import rongcloud.gateway.proto.v1.SubmitGroupStatusMessageRequest;
import rongcloud.gateway.proto.v1.SubmitPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SubmitPrivateStatusMessageRequest;
import rongcloud.gateway.proto.v1.SubmitPrivateTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SubmitSystemMessageRequest;
import rongcloud.gateway.proto.v1.SubmitSystemTemplateMessageRequest;
import rongcloud.gateway.proto.v1.SubmitUltraGroupMessageRequest;
import rongcloud.gateway.proto.v1.Submission;
import rongcloud.gateway.proto.v1.SubmissionState;

/**
 * Queued sends over gRPC. A submit builds the same command as the direct RPC (so it is refused with the same
 * field violations, prefixed "message."), assigns a dedup key when the request has none, and stores the
 * request's bytes: the v1 contract only grows compatibly, so a stored request stays readable by later versions.
 */
@GrpcService
@Blocking
public class OutboxGrpcService implements OutboxService {
    private final OutboxUseCase outbox;

    @Inject
    public OutboxGrpcService(OutboxUseCase outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Submission> submitPrivateMessage(SubmitPrivateMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendPrivateMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.privateMessage(m));
            return submit(ctx, SubmissionKind.PRIVATE_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitGroupMessage(SubmitGroupMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendGroupMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.groupMessage(m));
            return submit(ctx, SubmissionKind.GROUP_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitSystemMessage(SubmitSystemMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendSystemMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.systemMessage(m));
            return submit(ctx, SubmissionKind.SYSTEM_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitPrivateTemplateMessage(SubmitPrivateTemplateMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendPrivateTemplateMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.privateTemplateMessage(m));
            return submit(ctx, SubmissionKind.PRIVATE_TEMPLATE_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitPrivateStatusMessage(SubmitPrivateStatusMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendPrivateStatusMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.privateStatusMessage(m));
            return submit(ctx, SubmissionKind.PRIVATE_STATUS_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitGroupStatusMessage(SubmitGroupStatusMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendGroupStatusMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.groupStatusMessage(m));
            return submit(ctx, SubmissionKind.GROUP_STATUS_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitUltraGroupMessage(SubmitUltraGroupMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendUltraGroupMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.ultraGroupMessage(m));
            return submit(ctx, SubmissionKind.ULTRA_GROUP_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitChatroomMessage(SubmitChatroomMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendChatroomMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.chatroomMessage(m));
            return submit(ctx, SubmissionKind.CHATROOM_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> submitSystemTemplateMessage(SubmitSystemTemplateMessageRequest r) {
        return GrpcCalls.unary(ctx -> {
            SendSystemTemplateMessageRequest m = r.getMessage();
            validate(r.hasMessage(), () -> MessageProtos.systemTemplateMessage(m));
            return submit(ctx, SubmissionKind.SYSTEM_TEMPLATE_MESSAGE, r.getIdempotencyKey(), m, m.hasDedupKey(),
                    m.getDedupKey(), dk -> m.toBuilder().setDedupKey(dk).build());
        });
    }

    @Override
    public Uni<Submission> getSubmission(GetSubmissionRequest r) {
        return GrpcCalls.unary(ctx -> {
            if (r.getId().isBlank()) {
                throw new InvalidArgumentException(List.of(new FieldViolation("id", "is required")));
            }
            return toProto(outbox.get(ctx, r.getId()));
        });
    }

    private Submission submit(CallContext ctx, SubmissionKind kind, String key, Message request, boolean hasDedup,
                              long dedup, LongFunction<Message> withDedup) {
        long dedupKey = hasDedup ? dedup : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        byte[] payload = (hasDedup ? request : withDedup.apply(dedupKey)).toByteArray();
        return toProto(outbox.submit(ctx, new SubmitCommand(kind, key, payload, hash(kind, request), dedupKey)));
    }

    /** Builds the direct send's command (which validates itself); violations are reported under "message.". */
    private static void validate(boolean present, Runnable buildCommand) {
        if (!present) {
            throw new InvalidArgumentException(List.of(new FieldViolation("message", "is required")));
        }
        try {
            buildCommand.run();
        } catch (InvalidArgumentException e) {
            throw new InvalidArgumentException(e.violations().stream()
                    .map(v -> new FieldViolation("message." + v.field(), v.description())).toList());
        }
    }

    private static String hash(SubmissionKind kind, Message request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kind.name().getBytes(StandardCharsets.UTF_8));
            sha.update(request.toByteArray());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Submission toProto(rongcloud.gateway.domain.outbox.Submission s) {
        Submission.Builder b = Submission.newBuilder()
                .setId(s.id())
                .setIdempotencyKey(s.idempotencyKey())
                .setKind(rongcloud.gateway.proto.v1.SubmissionKind.valueOf("SUBMISSION_KIND_" + s.kind().name()))
                .setState(SubmissionState.valueOf("SUBMISSION_STATE_" + s.state().name()))
                .setAttempts(s.attempts())
                .setDedupKey(s.dedupKey())
                .setCreateTime(ProtoTime.of(s.createdAt()))
                .setUpdateTime(ProtoTime.of(s.updatedAt()))
                .addAllMessages(MessageProtos.sent(s.messages()));
        if (s.nextAttemptAt() != null) {
            b.setNextAttemptTime(ProtoTime.of(s.nextAttemptAt()));
        }
        s.failureCode().ifPresent(b::setFailureReason);
        s.failureMessage().ifPresent(b::setFailureMessage);
        return b.build();
    }
}
