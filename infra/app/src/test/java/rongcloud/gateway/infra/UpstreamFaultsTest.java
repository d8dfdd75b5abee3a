package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.fault.FaultType;
import rongcloud.gateway.adapter.in.grpc.GrpcErrors;
import rongcloud.gateway.adapter.out.rest.RongCloudInvoker;
import rongcloud.gateway.application.port.in.user.UserManagementUseCase;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.UpstreamUnavailableException;
import rongcloud.gateway.domain.user.CheckUserOnlineCommand;
import rongcloud.gateway.proto.v1.CheckUserOnlineRequest;
import rongcloud.gateway.proto.v1.GetUserInfoRequest;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;
import rongcloud.gateway.proto.v1.UserServiceGrpc.UserServiceBlockingStub;

/**
 * Upstream faults end to end: gRPC → gateway → two emulators (primary and backup host) over real HTTP, faults
 * injected per host and path through the emulators' fault injector. Each test writes what it observed to
 * {@code target/fault-table.md} (the source of docs/faults.md).
 */
@QuarkusTest
@TestProfile(UpstreamFaultsTest.ShortTimings.class)
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = EmulatorResource.BACKUP, value = "true"))
class UpstreamFaultsTest {
    static final String TOKEN = "/user/getToken.json";
    static final String CHECK = "/user/checkOnline.json";
    private static final List<String> TABLE = new ArrayList<>();

    /** Timings short enough for tests; the defaults are in RongCloudConfig. */
    public static class ShortTimings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("rongcloud.timeouts.query", "600ms"),
                    Map.entry("rongcloud.timeouts.mutation", "700ms"),
                    Map.entry("rongcloud.retry.backoff", "20ms"),
                    Map.entry("rongcloud.retry.max-backoff", "100ms"),
                    Map.entry("rongcloud.failover.cool-down", "1s"),
                    Map.entry("rongcloud.circuit-breaker.request-volume", "4"),
                    Map.entry("rongcloud.circuit-breaker.failure-ratio", "0.5"),
                    Map.entry("rongcloud.circuit-breaker.delay", "60s"),
                    Map.entry("rongcloud.circuit-breaker.success-threshold", "1"),
                    Map.entry("rongcloud.bulkhead.per-area", "3"),
                    // one GetUserInfo per second: a retry within a 700 ms deadline finds no budget (aRetryNeedsRateBudgetToo)
                    Map.entry("gateway.quota.override.\"/user/info.json\"", "1/1s"));
        }
    }

    @Inject
    RongCloudInvoker invoker;
    @Inject
    MeterRegistry registry;
    @Inject
    UserManagementUseCase useCase;

    private GatewayClient client;

    @BeforeEach
    void setUp() {
        primary().reset();
        backup().reset();
        invoker.resetHostState();
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        client.close();
        invoker.resetHostState();
    }

    @AfterAll
    static void writeTable() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "| fault (injected in the emulator) | call | observed |",
                "|---|---|---|"));
        lines.addAll(TABLE);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.write(target.resolve("fault-table.md"), lines);
    }

    private static void observed(String fault, String call, String what) {
        TABLE.add("| " + fault + " | " + call + " | " + what + " |");
        System.out.println("FAULT TABLE: " + fault + " | " + call + " | " + what);
    }

    private static RongCloudEmulator primary() {
        return EmulatorResource.emulator();
    }

    private static RongCloudEmulator backup() {
        return EmulatorResource.backup();
    }

    private UserServiceBlockingStub users() {
        return client.stub(UserServiceGrpc.newBlockingStub(client.channel));
    }

    private static void inject(RongCloudEmulator host, String path, FaultType type, long delayMillis, Integer count) {
        host.faults().add(path, type, Duration.ofMillis(delayMillis), 503, 1000, count, 1.0);
    }

    private static CheckUserOnlineRequest check() {
        return CheckUserOnlineRequest.newBuilder().setUserId("u1").build();
    }

    private static RegisterUserRequest register(String userId) {
        return RegisterUserRequest.newBuilder().setUserId(userId).setName("N").build();
    }

    private double attempts(String path) {
        return registry.find("rongcloud.upstream.attempts").tag("path", path).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static String counts(String path) {
        return "primary got " + primary().requests().count(path) + ", backup got " + backup().requests().count(path);
    }

    @Test
    void primaryDownFailsOverWithinOneExtraAttemptAndStaysOnTheBackupUntilThePrimaryRecovers() throws Exception {
        primary().close();
        double before = attempts(TOKEN);
        long started = System.nanoTime();
        assertThat(users().registerUser(register("f1")).getToken()).isNotBlank();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(attempts(TOKEN) - before).isEqualTo(2); // the refused connect, then the backup
        assertThat(backup().requests().count(TOKEN)).isEqualTo(1);
        assertThat(invoker.currentHost()).isEqualTo(backup().baseUri());
        observed("primary host down (connection refused)", "RegisterUser (mutation)",
                "OK via the backup in " + millis + " ms: 2 attempts (refused connect + backup); backup becomes current");

        RongCloudEmulator restarted = EmulatorResource.restart();
        for (int i = 0; i < 3; i++) {
            users().checkUserOnline(check());
        }
        assertThat(restarted.requests().count(CHECK)).isZero();
        assertThat(backup().requests().count(CHECK)).isEqualTo(3);

        Thread.sleep(1_100); // the cool-down (1 s here, 30 s by default)
        users().checkUserOnline(check()); // probes the primary
        users().checkUserOnline(check());
        users().registerUser(register("f2"));
        assertThat(restarted.requests().count(CHECK)).isEqualTo(2);
        assertThat(restarted.requests().count(TOKEN)).isEqualTo(1);
        assertThat(backup().requests().count(CHECK)).isEqualTo(3);
        assertThat(invoker.currentHost()).isEqualTo(restarted.baseUri());
        observed("primary back after being down", "any",
                "calls stay on the backup during the cool-down (3 of 3); after it one query probes the primary, which is current again");
    }

    @Test
    void aSendThatTimedOutAfterReachingRongCloudIsNotSentTwice() {
        inject(primary(), TOKEN, FaultType.LATENCY, 2_000, 1);
        long started = System.nanoTime();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> users().registerUser(register("once")));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo(GrpcErrors.REASON_UNAVAILABLE);
        assertThat(e.getStatus().getDescription()).contains("may have processed");
        assertThat(primary().requests().count(TOKEN)).isEqualTo(1);
        assertThat(backup().requests().count(TOKEN)).isZero();
        observed("latency 2 s on the primary", "RegisterUser (mutation, timeout 700 ms)",
                "UNAVAILABLE after " + millis + " ms, not retried (" + counts(TOKEN) + ")");
    }

    @Test
    void aQueryThatTimedOutIsRetriedOnTheBackup() {
        inject(primary(), CHECK, FaultType.LATENCY, 2_000, 1);
        long started = System.nanoTime();
        users().checkUserOnline(check());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(primary().requests().count(CHECK)).isEqualTo(1);
        assertThat(backup().requests().count(CHECK)).isEqualTo(1);
        observed("latency 2 s on the primary", "CheckUserOnline (query, timeout 600 ms)",
                "OK after " + millis + " ms via the backup (" + counts(CHECK) + ")");
    }

    @Test
    void aQueryThatHitA5xxIsRetriedAndSucceeds() {
        inject(primary(), CHECK, FaultType.HTTP_ERROR, 0, 1);
        long started = System.nanoTime();
        users().checkUserOnline(check());
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(primary().requests().count(CHECK)).isEqualTo(1);
        assertThat(backup().requests().count(CHECK)).isEqualTo(1);
        observed("HTTP 503 (code 1000) once on the primary", "CheckUserOnline (query)",
                "OK after " + millis + " ms: retried on the backup (" + counts(CHECK) + ")");
    }

    @Test
    void aRetryNeedsRateBudgetToo() {
        String info = "/user/info.json";
        inject(primary(), info, FaultType.HTTP_ERROR, 0, 1);
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> users()
                .withDeadlineAfter(700, TimeUnit.MILLISECONDS).getUserInfo(GetUserInfoRequest.newBuilder().setUserId("u1").build()));
        // the first attempt spent the only request of the second; RongCloud counts the failed one too, so the
        // retry is not sent without budget: the caller gets the upstream failure, and no second request went out
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("RONGCLOUD_1000");
        assertThat(primary().requests().count(info) + backup().requests().count(info)).isEqualTo(1);
        observed("HTTP 503 once on the primary, quota 1/s", "GetUserInfo (query)",
                "UNAVAILABLE RONGCLOUD_1000: the retry found no rate budget and was not sent (" + counts(info) + ")");
    }

    @Test
    void aMutationThatHitA5xxIsNotRetried() {
        inject(primary(), TOKEN, FaultType.HTTP_ERROR, 0, 1);
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> users().registerUser(register("m1")));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("RONGCLOUD_1000");
        assertThat(backup().requests().count(TOKEN)).isZero();
        observed("HTTP 503 (code 1000) once on the primary", "RegisterUser (mutation)",
                "UNAVAILABLE, ErrorInfo RONGCLOUD_1000, not retried (" + counts(TOKEN) + ")");
    }

    @Test
    void resetsMalformedAnswersAndSlowBodiesOfQueriesAreRetried() {
        for (FaultType type : List.of(FaultType.RESET, FaultType.MALFORMED_JSON, FaultType.SLOW_BODY)) {
            primary().reset();
            backup().reset();
            invoker.resetHostState();
            inject(primary(), CHECK, type, type == FaultType.SLOW_BODY ? 2_000 : 0, 1);
            long started = System.nanoTime();
            users().checkUserOnline(check());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(backup().requests().count(CHECK)).as(type.wireName()).isEqualTo(1);
            observed(type.wireName() + " once on the primary", "CheckUserOnline (query)",
                    "OK after " + millis + " ms via the backup (" + counts(CHECK) + ")");
        }
        primary().reset();
        invoker.resetHostState();
        inject(primary(), TOKEN, FaultType.RESET, 0, 1);
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> users().registerUser(register("r1")));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(backup().requests().count(TOKEN)).isZero();
        observed("reset once on the primary", "RegisterUser (mutation)",
                "UNAVAILABLE, not retried: the request reached the host (" + counts(TOKEN) + ")");
    }

    @Test
    void rateLimitingIsNotRetried() {
        inject(primary(), CHECK, FaultType.RATE_LIMITED, 0, 1);
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> users().checkUserOnline(check()));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(backup().requests().count(CHECK)).isZero();
        observed("HTTP 429 / code 1008 on the primary", "CheckUserOnline (query)",
                "RESOURCE_EXHAUSTED (RONGCLOUD_1008), not retried, no failover (" + counts(CHECK) + ")");
    }

    @Test
    void anOpenBreakerAnswersUnavailableAtOnceWithoutCallingRongCloud() {
        inject(primary(), CHECK, FaultType.HTTP_ERROR, 0, null);
        inject(backup(), CHECK, FaultType.HTTP_ERROR, 0, null);
        String reason = "";
        int calls = 0;
        while (!reason.equals(GrpcErrors.REASON_CIRCUIT_OPEN) && calls++ < 10) {
            StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                    () -> users().checkUserOnline(check()));
            reason = GatewayClient.errorInfo(e).getReason();
        }
        assertThat(reason).isEqualTo(GrpcErrors.REASON_CIRCUIT_OPEN);
        primary().faults().clear();
        backup().faults().clear();
        int primaryBefore = primary().requests().count(CHECK);
        int backupBefore = backup().requests().count(CHECK);
        long[] micros = new long[50];
        for (int i = 0; i < micros.length; i++) {
            long started = System.nanoTime();
            StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                    () -> users().checkUserOnline(check()));
            micros[i] = (System.nanoTime() - started) / 1_000;
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo(GrpcErrors.REASON_CIRCUIT_OPEN);
        }
        assertThat(primary().requests().count(CHECK)).isEqualTo(primaryBefore);
        assertThat(backup().requests().count(CHECK)).isEqualTo(backupBefore);
        Arrays.sort(micros);
        System.out.printf("open breaker, gRPC round trip: p50 %d µs, p90 %d µs, max %d µs%n",
                micros[micros.length / 2], micros[micros.length * 9 / 10], micros[micros.length - 1]);
        assertThat(micros[micros.length / 2]).as("median µs").isLessThan(50_000); // generous: shared 2-core box
        // the gateway's own share, without the gRPC round trip: the use case called in-process
        long[] inProcess = new long[200];
        for (int i = 0; i < inProcess.length; i++) {
            long started = System.nanoTime();
            UpstreamUnavailableException e = catchThrowableOfType(UpstreamUnavailableException.class,
                    () -> useCase.checkUserOnline(CallContext.of("breaker-" + System.nanoTime() % 100000, "test"),
                            new CheckUserOnlineCommand("u1")));
            inProcess[i] = (System.nanoTime() - started) / 1_000;
            assertThat(e.reason()).isEqualTo(UpstreamUnavailableException.Reason.CIRCUIT_OPEN);
        }
        Arrays.sort(inProcess);
        System.out.printf("open breaker, in-process: p50 %d µs, p99 %d µs, max %d µs%n",
                inProcess[inProcess.length / 2], inProcess[inProcess.length * 99 / 100], inProcess[inProcess.length - 1]);
        assertThat(primary().requests().count(CHECK)).isEqualTo(primaryBefore);
        observed("HTTP 503 on both hosts until the breakers open (" + calls + " calls)", "CheckUserOnline (query)",
                "UNAVAILABLE with ErrorInfo UPSTREAM_CIRCUIT_OPEN, nothing sent; gRPC round trip p50 "
                        + micros[micros.length / 2] + " µs (max " + micros[micros.length - 1] + " µs); in-process p50 "
                        + inProcess[inProcess.length / 2] + " µs (p99 " + inProcess[inProcess.length * 99 / 100] + " µs)");
    }

    @Test
    void aHungUpstreamNeverHoldsACallBeyondItsDeadline() {
        // warm the channel first: a new connection's set-up must not eat the short deadline measured below
        users().checkUserOnline(check());
        inject(primary(), CHECK, FaultType.LATENCY, 5_000, null);
        inject(backup(), CHECK, FaultType.LATENCY, 5_000, null);
        long deadlineMillis = 400;
        long started = System.nanoTime();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> users().withDeadlineAfter(deadlineMillis, TimeUnit.MILLISECONDS).checkUserOnline(check()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("hung upstream, deadline %d ms: answered after %d ms%n", deadlineMillis, millis);
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(millis).isLessThan(deadlineMillis + 150);
        // the gateway answered itself, before the caller's own deadline fired
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo(GrpcErrors.REASON_DEADLINE);
        assertThat(GatewayClient.errorInfo(e).getMetadataMap()).containsEntry("sentUpstream", "true");
        observed("latency 5 s on both hosts", "CheckUserOnline with a 400 ms deadline",
                "DEADLINE_EXCEEDED (ErrorInfo DEADLINE_EXCEEDED, sentUpstream=true) after " + millis + " ms ("
                        + counts(CHECK) + ")");

        int before = primary().requests().count(CHECK) + backup().requests().count(CHECK);
        StatusRuntimeException expired = catchThrowableOfType(StatusRuntimeException.class,
                () -> users().withDeadlineAfter(20, TimeUnit.MILLISECONDS).checkUserOnline(check()));
        assertThat(expired.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
        assertThat(primary().requests().count(CHECK) + backup().requests().count(CHECK)).isEqualTo(before);
        observed("(none)", "CheckUserOnline with a 20 ms deadline (less than the 50 ms reserve)",
                "DEADLINE_EXCEEDED before sending: no request reached either host");
    }

    @Test
    void aFullBulkheadRefusesAtOnce() throws Exception {
        inject(primary(), CHECK, FaultType.LATENCY, 400, null);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<String> call = () -> {
                    try {
                        users().checkUserOnline(check());
                        return "OK";
                    } catch (StatusRuntimeException e) {
                        return e.getStatus().getCode() + "/" + GatewayClient.errorInfo(e).getReason();
                    }
                };
                results.add(pool.submit(call));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(10, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn("OK"::equals).hasSizeLessThanOrEqualTo(3);
            assertThat(outcomes).contains("UNAVAILABLE/" + GrpcErrors.REASON_BULKHEAD_FULL);
            observed("latency 400 ms on the primary, 6 concurrent calls, bulkhead 3 per area", "CheckUserOnline",
                    "3 served, the others UNAVAILABLE (UPSTREAM_BULKHEAD_FULL) at once: " + outcomes);
        } finally {
            pool.shutdownNow();
        }
    }
}
