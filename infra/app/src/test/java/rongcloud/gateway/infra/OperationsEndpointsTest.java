package rongcloud.gateway.infra;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;

import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import rongcloud.gateway.proto.v1.CheckUserOnlineRequest;
import rongcloud.gateway.proto.v1.GetUserInfoRequest;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;

/**
 * The operations surface on the HTTP port: Prometheus series per RPC and per upstream path/host after real
 * calls, liveness, and readiness following RongCloud's reachability (the emulator stopped, then back); and the
 * X-Request-ID on the gRPC server span and the REST client span of the same trace.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsEndpointsTest {
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    private static UserServiceGrpc.UserServiceBlockingStub users() {
        return client.stub(UserServiceGrpc.newBlockingStub(client.channel));
    }

    private static String host() {
        return "127.0.0.1:" + EmulatorResource.emulator().port();
    }

    @Test
    @Order(1)
    void metricsShowRpcAndUpstreamSeriesAfterCalls() {
        String id = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        users().registerUser(RegisterUserRequest.newBuilder().setUserId(id).setName("Metrics").build());
        users().checkUserOnline(CheckUserOnlineRequest.newBuilder().setUserId(id).build());
        // an upstream business error: RongCloud answers with a code other than 200
        String secret = EmulatorResource.emulator().appSecret();
        EmulatorResource.emulator().rotateSecret("rotated-" + UUID.randomUUID());
        try {
            catchThrowableOfType(StatusRuntimeException.class,
                    () -> users().getUserInfo(GetUserInfoRequest.newBuilder().setUserId(id).build()));
        } finally {
            EmulatorResource.emulator().rotateSecret(secret);
        }

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        // per RPC (quarkus-grpc + Micrometer)
        assertThat(metrics).contains("grpc_server_processing_duration_seconds_count{method=\"RegisterUser\","
                + "methodType=\"UNARY\",service=\"rongcloud.gateway.v1.UserService\",statusCode=\"OK\"}");
        assertThat(metrics).contains("grpc_server_processing_duration_seconds_count{method=\"GetUserInfo\","
                + "methodType=\"UNARY\",service=\"rongcloud.gateway.v1.UserService\",statusCode=\"INTERNAL\"}");
        // per upstream path and host
        assertThat(metrics).contains("rongcloud_upstream_attempts_total{host=\"" + host()
                + "\",outcome=\"success\",path=\"/user/getToken.json\"}");
        assertThat(metrics).contains("rongcloud_upstream_latency_seconds_count{host=\"" + host()
                + "\",outcome=\"success\",path=\"/user/checkOnline.json\"}");
        assertThat(metrics).contains("rongcloud_upstream_latency_seconds_max{host=\"" + host()
                + "\",outcome=\"success\",path=\"/user/getToken.json\"}");
        assertThat(metrics).contains("rongcloud_upstream_failures_total{code=\"1004\",host=\"" + host()
                + "\",kind=\"rongcloud_error\",path=\"/user/info.json\"}");
    }

    @Test
    @Order(2)
    void readinessFollowsUpstreamReachability() {
        ready(200, "UP", "AVAILABLE");

        EmulatorResource.emulator().close();
        try {
            ready(503, "DOWN", "UNAVAILABLE");
            // liveness never depends on RongCloud
            given().get("/q/health/live").then().statusCode(200).body(containsString("\"UP\""));
        } finally {
            EmulatorResource.restart();
        }

        ready(200, "UP", "AVAILABLE");
        users().registerUser(RegisterUserRequest.newBuilder().setUserId("back" + UUID.randomUUID().toString()
                .substring(0, 8)).setName("Back").build());
    }

    @Test
    @Order(3)
    void theRequestIdIsAnAttributeOfTheServerAndClientSpans() throws InterruptedException {
        String requestId = "trace-" + UUID.randomUUID().toString().substring(0, 8);
        Metadata headers = new Metadata();
        headers.put(GatewayClient.REQUEST_ID, requestId);
        users().withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers))
                .registerUser(RegisterUserRequest.newBuilder().setUserId("t" + requestId.substring(6)).setName("T").build());

        AttributeKey<String> key = AttributeKey.stringKey("rongcloud.request_id");
        List<SpanData> mine = List.of();
        for (int i = 0; i < 50 && mine.stream().map(SpanData::getKind).distinct().count() < 2; i++) {
            Thread.sleep(100);
            mine = RecordingSpanProcessor.ENDED.stream().filter(s -> requestId.equals(s.getAttributes().get(key))).toList();
        }
        SpanData server = mine.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow(() -> new AssertionError("no server span with the request id among " + RecordingSpanProcessor.ENDED));
        SpanData upstream = mine.stream().filter(s -> s.getKind() == SpanKind.CLIENT).findFirst()
                .orElseThrow(() -> new AssertionError("no client span with the request id among " + RecordingSpanProcessor.ENDED));
        assertThat(server.getName()).contains("RegisterUser");
        assertThat(upstream.getTraceId()).isEqualTo(server.getTraceId());
    }

    @Test
    @Order(4)
    void readinessGoesDownWhileTheDatabaseIsUnreachableAndComesBack() throws InterruptedException {
        String check = "checks.find { it.name == 'Database connections health check' }.status";
        assertThat(awaitReadiness(check, "UP").getString("status")).isEqualTo("UP");
        TestDatabase.cut();
        try {
            JsonPath down = awaitReadiness(check, "DOWN");
            assertThat(down.getString("status")).isEqualTo("DOWN");
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            TestDatabase.restore();
        }
        assertThat(awaitReadiness(check, "UP").getString("status")).isEqualTo("UP");
    }

    private static JsonPath awaitReadiness(String path, String expected) throws InterruptedException {
        JsonPath last = null;
        for (int i = 0; i < 150; i++) {
            last = given().get("/q/health/ready").then().extract().jsonPath();
            if (expected.equals(last.getString(path))) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(path + " never became " + expected + ": " + (last == null ? "" : last.prettify()));
    }

    private static void ready(int httpStatus, String status, String upstreamState) {
        JsonPath health = given().get("/q/health/ready").then().statusCode(httpStatus).extract().jsonPath();
        assertThat(health.getString("status")).isEqualTo(status);
        assertThat(health.getString("checks.find { it.name == 'rongcloud-upstream' }.status")).isEqualTo(status);
        assertThat(health.getString("checks.find { it.name == 'rongcloud-upstream' }.data.state")).isEqualTo(upstreamState);
        assertThat(health.getString("checks.find { it.name == 'quota-store' }.data.state")).isNotBlank();
    }
}
