package rongcloud.gateway.adapter.in.grpc.journal;

import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import rongcloud.gateway.adapter.in.grpc.GrpcCalls;
import rongcloud.gateway.adapter.in.grpc.ProtoTime;
import rongcloud.gateway.application.port.in.journal.JournalUseCase;
import rongcloud.gateway.domain.journal.JournalEntry;
import rongcloud.gateway.domain.journal.JournalQuery;
import rongcloud.gateway.domain.paging.Page;
import rongcloud.gateway.proto.v1.JournalService;
import rongcloud.gateway.proto.v1.ListOperationsRequest;
import rongcloud.gateway.proto.v1.ListOperationsResponse;
import rongcloud.gateway.proto.v1.Operation;
import rongcloud.gateway.proto.v1.OperationOutcome;

/** The operation journal over gRPC, for operators. */
@GrpcService
@Blocking
public class JournalGrpcService implements JournalService {
    private final JournalUseCase journal;

    @Inject
    public JournalGrpcService(JournalUseCase journal) {
        this.journal = journal;
    }

    @Override
    public Uni<ListOperationsResponse> listOperations(ListOperationsRequest r) {
        return GrpcCalls.unary(ctx -> {
            JournalQuery query = JournalQuery.of(text(r.getCallerId()), text(r.getOperation()), text(r.getTargetId()),
                    r.hasStartTime() ? Optional.of(ProtoTime.toInstant(true, r.getStartTime())) : Optional.empty(),
                    r.hasEndTime() ? Optional.of(ProtoTime.toInstant(true, r.getEndTime())) : Optional.empty(),
                    switch (r.getOutcome()) {
                        case OPERATION_OUTCOME_SUCCEEDED -> Optional.of(true);
                        case OPERATION_OUTCOME_FAILED -> Optional.of(false);
                        default -> Optional.empty();
                    }, r.getPageSize(), r.getPageToken());
            Page<JournalEntry> page = journal.listOperations(ctx, query);
            return ListOperationsResponse.newBuilder()
                    .addAllOperations(page.items().stream().map(JournalGrpcService::toProto).toList())
                    .setNextPageToken(page.nextPageToken().orElse("")).build();
        });
    }

    private static Optional<String> text(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static Operation toProto(JournalEntry e) {
        Operation.Builder b = Operation.newBuilder().setId(e.id()).setTime(ProtoTime.of(e.at()))
                .setCallerId(e.callerId()).setOperation(e.operation()).addAllTargetIds(e.targetIds())
                .setRequestId(e.requestId())
                .setOutcome(e.succeeded() ? OperationOutcome.OPERATION_OUTCOME_SUCCEEDED
                        : OperationOutcome.OPERATION_OUTCOME_FAILED)
                .setLatencyMicros(e.latencyMicros());
        e.rongCloudCode().ifPresent(b::setRongcloudCode);
        e.errorReason().ifPresent(b::setErrorReason);
        return b.build();
    }
}
