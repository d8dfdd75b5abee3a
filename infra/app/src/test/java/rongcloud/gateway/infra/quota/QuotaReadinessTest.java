package rongcloud.gateway.infra.quota;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.infra.EmulatorResource;

/**
 * Readiness follows the shared quota store: a gateway configured for Infinispan reports {@code quota-store}
 * AVAILABLE while its server answers, DEGRADED (still UP: quotas are enforced locally) once the server is
 * stopped, and AVAILABLE again by itself when it is back. Uses its own server (node 10 of
 * infra/infinispan/start.sh, its own cluster, Hot Rod on 127.0.0.1:12122) so the shared test server is left alone.
 */
@QuarkusTest
@TestProfile(QuotaReadinessTest.OwnInfinispan.class)
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class QuotaReadinessTest {
    private static final Path SCRIPTS = Path.of("..", "infinispan");

    public static class OwnInfinispan implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.quota.store", "infinispan",
                    "quarkus.infinispan-client.hosts", "127.0.0.1:12122",
                    "gateway.quota.probe-interval", "200ms",
                    "gateway.quota.recovery-hold", "1s");
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server("stop.sh");
    }

    @Test
    void readinessFollowsTheSharedQuotaStore() throws Exception {
        server("start.sh");
        awaitQuotaStore("AVAILABLE");

        server("stop.sh");
        JsonPath degraded = awaitQuotaStore("DEGRADED");
        assertThat(degraded.getString("status")).as("a degraded quota store keeps the gateway ready").isEqualTo("UP");

        server("start.sh");
        awaitQuotaStore("AVAILABLE");
    }

    private static JsonPath awaitQuotaStore(String state) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        JsonPath last = null;
        while (System.currentTimeMillis() < until) {
            last = given().get("/q/health/ready").then().extract().jsonPath();
            if (state.equals(last.getString("checks.find { it.name == 'quota-store' }.data.state"))) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("quota-store never became " + state + "; last readiness: "
                + (last == null ? "none" : last.prettify()));
    }

    private static void server(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPTS.resolve(script).toString()).inheritIO();
        pb.environment().put("INFINISPAN_NODE", "10");
        pb.environment().put("INFINISPAN_CLUSTER", "gateway-readiness");
        Process p = pb.start();
        if (!p.waitFor(150, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(script + " failed");
        }
    }
}
