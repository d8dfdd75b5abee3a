package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.failure;

import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.proto.v1.CreateGroupRequest;
import rongcloud.gateway.proto.v1.GroupServiceGrpc;
import rongcloud.gateway.proto.v1.JournalServiceGrpc;
import rongcloud.gateway.proto.v1.ListGroupMembersRequest;
import rongcloud.gateway.proto.v1.ListOperationsRequest;
import rongcloud.gateway.proto.v1.ListOperationsResponse;
import rongcloud.gateway.proto.v1.Operation;
import rongcloud.gateway.proto.v1.OperationOutcome;
import rongcloud.gateway.proto.v1.QuitGroupRequest;

/** The operation journal through gRPC: each mutation recorded with caller, ids, request id, code and latency. */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class JournalEndToEndTest extends GroupEndToEndSupport {

    static JournalServiceGrpc.JournalServiceBlockingStub journal() {
        return client.stub(JournalServiceGrpc.newBlockingStub(client.channel));
    }

    static List<Operation> awaitOperations(ListOperationsRequest request, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ListOperationsResponse r = journal().listOperations(request);
        while (r.getOperationsCount() < atLeast && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            r = journal().listOperations(request);
        }
        assertThat(r.getOperationsCount()).isGreaterThanOrEqualTo(atLeast);
        return r.getOperationsList();
    }

    @Test
    void eachMutationIsRecordedWithCallerTargetsRequestIdCodeAndLatencyQueriesAreNot() {
        String g = gid();
        String a = uid();
        String b = uid();
        Metadata headers = new Metadata();
        headers.put(GatewayClient.REQUEST_ID, "journal-" + g);
        groups().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .createGroup(CreateGroupRequest.newBuilder().setGroupId(g).setGroupName("n").addUserIds(a)
                        .addUserIds(b).build());
        groups().listGroupMembers(ListGroupMembersRequest.newBuilder().setGroupId(g).build()); // a query
        String stranger = uid();
        failure(() -> groups().quitGroup(QuitGroupRequest.newBuilder().setGroupId(g).addUserIds(stranger).build()));

        List<Operation> ops = awaitOperations(ListOperationsRequest.newBuilder().setTargetId(g).build(), 2);
        assertThat(ops).hasSize(2).extracting(Operation::getOperation)
                .containsExactly("GroupManagement.quitGroup", "GroupManagement.createGroup"); // newest first
        Operation created = ops.get(1);
        assertThat(created.getCallerId()).isEqualTo("anonymous");
        assertThat(created.getRequestId()).isEqualTo("journal-" + g);
        assertThat(created.getTargetIdsList()).containsExactlyInAnyOrder(g, a, b);
        assertThat(created.getOutcome()).isEqualTo(OperationOutcome.OPERATION_OUTCOME_SUCCEEDED);
        assertThat(created.getRongcloudCode()).isEqualTo(200);
        assertThat(created.getLatencyMicros()).isPositive();
        Operation quit = ops.get(0);
        assertThat(quit.getOutcome()).isEqualTo(OperationOutcome.OPERATION_OUTCOME_FAILED);
        assertThat(quit.getRongcloudCode()).isNotEqualTo(200);
        assertThat(quit.getErrorReason()).isEqualTo("RONGCLOUD_" + quit.getRongcloudCode());

        // filters: outcome, operation, caller; paging
        assertThat(journal().listOperations(ListOperationsRequest.newBuilder().setTargetId(g)
                .setOutcome(OperationOutcome.OPERATION_OUTCOME_FAILED).build()).getOperationsList())
                .extracting(Operation::getOperation).containsExactly("GroupManagement.quitGroup");
        assertThat(journal().listOperations(ListOperationsRequest.newBuilder().setTargetId(stranger)
                .setOperation("GroupManagement.createGroup").build()).getOperationsList()).isEmpty();
        ListOperationsResponse page1 = journal().listOperations(ListOperationsRequest.newBuilder().setTargetId(g)
                .setCallerId("anonymous").setPageSize(1).build());
        assertThat(page1.getOperationsCount()).isEqualTo(1);
        ListOperationsResponse page2 = journal().listOperations(ListOperationsRequest.newBuilder().setTargetId(g)
                .setCallerId("anonymous").setPageSize(1).setPageToken(page1.getNextPageToken()).build());
        assertThat(page2.getOperations(0).getId()).isLessThan(page1.getOperations(0).getId());
        assertThat(journal().listOperations(ListOperationsRequest.newBuilder().setTargetId(g)
                .setStartTime(com.google.protobuf.Timestamp.newBuilder().setSeconds(
                        java.time.Instant.now().plusSeconds(3600).getEpochSecond())).build()).getOperationsList())
                .isEmpty();
        assertThat(failure(() -> journal().listOperations(ListOperationsRequest.newBuilder().setPageSize(-1).build()))
                .getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT);
    }
}
