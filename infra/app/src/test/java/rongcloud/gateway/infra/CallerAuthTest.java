package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.rpc.ErrorInfo;
import grpc.health.v1.HealthGrpc;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.MetadataUtils;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import rongcloud.emulator.RecordedRequest;
import rongcloud.gateway.proto.v1.BlockUsersRequest;
import rongcloud.gateway.proto.v1.GetUserInfoRequest;
import rongcloud.gateway.proto.v1.ListBlockedUsersRequest;
import rongcloud.gateway.proto.v1.RegisterUserRequest;
import rongcloud.gateway.proto.v1.UserServiceGrpc;
import rongcloud.gateway.proto.v1.UserServiceGrpc.UserServiceBlockingStub;

/**
 * Who may call, with authentication on: no credential, a wrong key, a revoked caller, a rotated key (old
 * refused, new accepted without restart), a missing scope, each with its status and ErrorInfo; a read-only
 * caller can Get and List but not Block; health stays open; an oversized message is refused by the server;
 * and the log of the whole sequence holds no app secret, Signature header value or API key.
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = EmulatorResource.AUTH_ENABLED, value = "true"))
@QuarkusTestResource(value = CallersFileResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CallerAuthTest {
    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    private static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
    private static final String WRONG_KEY = "wrong-" + UUID.randomUUID();
    private static final ConcurrentLinkedQueue<String> LOG = new ConcurrentLinkedQueue<>();
    private static final Handler CAPTURE = new Handler() {
        private final SimpleFormatter plain = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            StringBuilder sb = new StringBuilder(r.getLoggerName()).append(' ')
                    .append(r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : plain.formatMessage(r));
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    sb.append(" | ").append(p);
                }
            }
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append('\n').append(trace);
            }
            LOG.add(sb.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private static GatewayClient client;

    @BeforeAll
    static void connect() {
        CAPTURE.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(CAPTURE);
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        Logger.getLogger("").removeHandler(CAPTURE);
        client.close();
        CallersFileResource.writeCallers(CallersFileResource.rotatingEntry(CallersFileResource.ROTATING_OLD_KEY, null));
    }

    private static UserServiceBlockingStub users(String key) {
        UserServiceBlockingStub stub = client.stub(UserServiceGrpc.newBlockingStub(client.channel));
        if (key == null) {
            return stub;
        }
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + key);
        return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static UserServiceBlockingStub usersWithApiKeyHeader(String key) {
        Metadata headers = new Metadata();
        headers.put(API_KEY, key);
        return client.stub(UserServiceGrpc.newBlockingStub(client.channel))
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private static String uid() {
        return "a" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String register(String userId) {
        return users(CallersFileResource.ADMIN_KEY).registerUser(RegisterUserRequest.newBuilder().setUserId(userId)
                .setName("Name " + userId).build()).getToken();
    }

    private static GetUserInfoRequest info(String userId) {
        return GetUserInfoRequest.newBuilder().setUserId(userId).build();
    }

    private static ErrorInfo refused(Status.Code code, String reason, Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(e).as("refused with " + code).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(code);
        ErrorInfo info = GatewayClient.errorInfo(e);
        assertThat(info.getDomain()).isEqualTo("rongcloud.gateway");
        assertThat(info.getReason()).isEqualTo(reason);
        assertThat(info.getMetadataMap()).containsEntry("requestId", client.lastRequestId());
        return info;
    }

    @Test
    @Order(1)
    void noCredentialIsUnauthenticatedAndNothingReachesRongCloud() {
        int before = EmulatorResource.emulator().requests().total();
        ErrorInfo info = refused(Status.Code.UNAUTHENTICATED, "CREDENTIALS_MISSING",
                () -> users(null).getUserInfo(info("nobody")));
        assertThat(info.getMetadataMap()).containsEntry("method", "rongcloud.gateway.v1.UserService/GetUserInfo");
        assertThat(EmulatorResource.emulator().requests().total()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aWrongKeyOrSchemeIsUnauthenticated() {
        refused(Status.Code.UNAUTHENTICATED, "CREDENTIALS_INVALID", () -> users(WRONG_KEY).getUserInfo(info("x")));
        refused(Status.Code.UNAUTHENTICATED, "CREDENTIALS_INVALID",
                () -> usersWithApiKeyHeader(WRONG_KEY).getUserInfo(info("x")));
        Metadata basic = new Metadata();
        basic.put(AUTHORIZATION, "Basic " + CallersFileResource.READER_KEY);
        refused(Status.Code.UNAUTHENTICATED, "CREDENTIALS_INVALID", () -> users(null)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(basic)).getUserInfo(info("x")));
    }

    @Test
    @Order(3)
    void aRevokedCallerIsUnauthenticated() {
        ErrorInfo info = refused(Status.Code.UNAUTHENTICATED, "CREDENTIALS_REVOKED",
                () -> users(CallersFileResource.REVOKED_KEY).getUserInfo(info("x")));
        assertThat(info.getMetadataMap()).containsEntry("caller", "legacy");
    }

    @Test
    @Order(4)
    void aReadOnlyCallerCanGetAndListButNotBlock() {
        String id = uid();
        register(id);
        String reader = CallersFileResource.READER_KEY;
        assertThat(users(reader).getUserInfo(info(id)).getName()).isEqualTo("Name " + id);
        assertThat(usersWithApiKeyHeader(reader).listBlockedUsers(ListBlockedUsersRequest.newBuilder().build()))
                .isNotNull();
        int blocks = EmulatorResource.emulator().requests().count("/user/block.json");

        ErrorInfo info = refused(Status.Code.PERMISSION_DENIED, "SCOPE_MISSING", () -> users(reader)
                .blockUsers(BlockUsersRequest.newBuilder().addUserIds(id).setMinutes(10).build()));
        assertThat(info.getMetadataMap()).containsEntry("requiredScope", "user:write")
                .containsEntry("caller", "reporting")
                .containsEntry("method", "rongcloud.gateway.v1.UserService/BlockUsers");
        assertThat(EmulatorResource.emulator().requests().count("/user/block.json")).isEqualTo(blocks);

        // a caller with user:write can
        users(CallersFileResource.WRITER_KEY).blockUsers(BlockUsersRequest.newBuilder().addUserIds(id).setMinutes(10).build());
        assertThat(EmulatorResource.emulator().requests().count("/user/block.json")).isEqualTo(blocks + 1);
    }

    @Test
    @Order(5)
    void aScopeOfAnotherAreaDoesNotGrant() {
        // backoffice holds user:read and user:write only
        ErrorInfo info = refused(Status.Code.PERMISSION_DENIED, "SCOPE_MISSING", () -> client.stub(
                        rongcloud.gateway.proto.v1.GroupServiceGrpc.newBlockingStub(client.channel))
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer(CallersFileResource.WRITER_KEY)))
                .listGroupMembers(rongcloud.gateway.proto.v1.ListGroupMembersRequest.newBuilder().setGroupId("g1").build()));
        assertThat(info.getMetadataMap()).containsEntry("requiredScope", "group:read");
    }

    @Test
    @Order(6)
    void keysRotateAndAreRevokedWithoutRestart() throws InterruptedException {
        String id = uid();
        register(id);
        String oldKey = CallersFileResource.ROTATING_OLD_KEY;
        String newKey = CallersFileResource.ROTATING_NEW_KEY;
        assertThat(users(oldKey).getUserInfo(info(id)).getName()).isEqualTo("Name " + id);
        refused(Status.Code.UNAUTHENTICATED, "CREDENTIALS_INVALID", () -> users(newKey).getUserInfo(info(id)));

        // rotation step 1: both keys valid
        CallersFileResource.writeCallers(CallersFileResource.rotatingEntry(oldKey, null)
                .replace("rotating.key-hash=", "rotating.key-hash=" + rongcloud.gateway.domain.access.ApiKeyHash
                        .of(newKey).format() + ","));
        awaitAccepted(newKey, id);
        assertThat(users(oldKey).getUserInfo(info(id)).getName()).isEqualTo("Name " + id);

        // rotation step 2: the old key revoked
        CallersFileResource.writeCallers(CallersFileResource.rotatingEntry(newKey, oldKey));
        awaitRefused(oldKey, id, "CREDENTIALS_REVOKED");
        assertThat(users(newKey).getUserInfo(info(id)).getName()).isEqualTo("Name " + id);

        // later: the old key forgotten altogether
        CallersFileResource.writeCallers(CallersFileResource.rotatingEntry(newKey, null));
        awaitRefused(oldKey, id, "CREDENTIALS_INVALID");

        // a broken file keeps the last good callers
        CallersFileResource.writeCallers("rotating.key-hash=not-a-hash\n");
        Thread.sleep(300);
        assertThat(users(newKey).getUserInfo(info(id)).getName()).isEqualTo("Name " + id);
    }

    private static void awaitAccepted(String key, String id) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                users(key).getUserInfo(info(id));
                return;
            } catch (StatusRuntimeException e) {
                if (e.getStatus().getCode() != Status.Code.UNAUTHENTICATED || System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static void awaitRefused(String key, String id, String reason) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try {
                users(key).getUserInfo(info(id));
                assertThat(System.nanoTime()).as("refused within 10 s").isLessThan(until);
                Thread.sleep(50);
            } catch (StatusRuntimeException e) {
                if (GatewayClient.errorInfo(e).getReason().equals(reason) || System.nanoTime() > until) {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                    assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo(reason);
                    return;
                }
                Thread.sleep(50);
            }
        }
    }

    @Test
    @Order(7)
    void healthStaysOpenWithoutCredentials() {
        HealthCheckResponse health = HealthGrpc.newBlockingStub(client.channel)
                .withDeadlineAfter(5, java.util.concurrent.TimeUnit.SECONDS)
                .check(HealthCheckRequest.newBuilder().build());
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.ServingStatus.SERVING);
    }

    @Test
    @Order(8)
    void aMessageOverTheServerLimitIsRefusedBeforeAnyWork() {
        int before = EmulatorResource.emulator().requests().count("/user/getToken.json");
        String huge = "x".repeat(5 * 1024 * 1024); // > quarkus.grpc.server.max-inbound-message-size (4 MiB)
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> users(CallersFileResource.ADMIN_KEY).registerUser(RegisterUserRequest.newBuilder()
                        .setUserId(uid()).setName(huge).build()));
        assertThat(e).isNotNull();
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(EmulatorResource.emulator().requests().count("/user/getToken.json")).isEqualTo(before);
    }

    @Test
    @Order(100)
    void theLogOfTheWholeSequenceHoldsNoSecretSignatureOrKey() {
        // one more failing upstream call: RongCloud refuses the gateway's signature (a WARN with the code)
        String secret = EmulatorResource.emulator().appSecret();
        String id = uid();
        register(id);
        String rotated = "rotated-" + UUID.randomUUID();
        EmulatorResource.emulator().rotateSecret(rotated);
        try {
            catchThrowableOfType(StatusRuntimeException.class,
                    () -> users(CallersFileResource.ADMIN_KEY).getUserInfo(info(id)));
        } finally {
            EmulatorResource.emulator().rotateSecret(secret);
        }

        List<String> signatures = new ArrayList<>();
        for (RecordedRequest r : EmulatorResource.emulator().requests().all()) {
            signatures.add(r.header("Signature"));
            signatures.add(r.header("RC-Signature"));
        }
        List<String> forbidden = new ArrayList<>(signatures.stream().filter(Objects::nonNull).toList());
        assertThat(forbidden).as("signatures were sent").isNotEmpty();
        forbidden.addAll(List.of(secret, CallersFileResource.ADMIN_KEY, CallersFileResource.READER_KEY,
                CallersFileResource.WRITER_KEY, CallersFileResource.REVOKED_KEY, CallersFileResource.ROTATING_OLD_KEY,
                CallersFileResource.ROTATING_NEW_KEY, WRONG_KEY));

        String log = String.join("\n", LOG);
        assertThat(LOG).as("the log was captured").anyMatch(l -> l.contains("refused rongcloud.gateway.v1.UserService"));
        assertThat(log).contains("/user/info.json");
        for (String value : forbidden) {
            assertThat(log).as("the log must not contain a secret, signature or key").doesNotContain(value);
        }
    }

    private static Metadata bearer(String key) {
        Metadata headers = new Metadata();
        headers.put(AUTHORIZATION, "Bearer " + key);
        return headers;
    }
}
