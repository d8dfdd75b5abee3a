package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.proto.v1.GatewayStateServiceGrpc;
import rongcloud.gateway.proto.v1.GetMirroredGroupRequest;
import rongcloud.gateway.proto.v1.ListMirroredUserGroupsRequest;

/**
 * The mirror answers after a restart: this class runs in a second start of the application (its own test
 * resource instance: a new emulator with empty state, the same PostgreSQL) and reads the group that
 * {@link StateMirrorEndToEndTest} wrote through the first start. Quarkus orders test classes of the same
 * resources by name, so this one runs after it; run alone, it is skipped.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class StateMirrorRestartTest extends GroupEndToEndSupport {

    @Test
    void theMirrorWrittenByTheFirstStartAnswersAfterARestart() {
        String written = System.getProperty(StateMirrorEndToEndTest.RESTART_GROUP);
        Assumptions.assumeTrue(written != null, "run together with StateMirrorEndToEndTest");
        String g = written.split(",")[0];
        String u = written.split(",")[1];
        var state = client.stub(GatewayStateServiceGrpc.newBlockingStub(client.channel));
        var group = state.getMirroredGroup(GetMirroredGroupRequest.newBuilder().setGroupId(g).build());
        assertThat(group.getName()).isEqualTo("survives restarts");
        assertThat(group.getMemberCount()).isEqualTo(3);
        assertThat(state.listMirroredUserGroups(ListMirroredUserGroupsRequest.newBuilder().setUserId(u).build())
                .getMembershipsList()).extracting(m -> m.getGroupId()).contains(g);
        assertThat(emulator().state(rongcloud.emulator.group.GroupState.class).exists(g))
                .as("the new emulator knows nothing: the answer came from the database").isFalse();
    }
}
