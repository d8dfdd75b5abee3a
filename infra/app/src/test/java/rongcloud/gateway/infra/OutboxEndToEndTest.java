package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static rongcloud.gateway.infra.EndToEnd.failure;
import static rongcloud.gateway.infra.EndToEnd.uid;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.message.MessageState;
import rongcloud.gateway.application.service.outbox.OutboxDrainer;
import rongcloud.gateway.infra.persistence.OutboxWorker;
import rongcloud.gateway.proto.v1.GetSubmissionRequest;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.MessageServiceGrpc;
import rongcloud.gateway.proto.v1.OutboxServiceGrpc;
import rongcloud.gateway.proto.v1.SendPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SendSystemMessageRequest;
import rongcloud.gateway.proto.v1.SubmitPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SubmitSystemMessageRequest;
import rongcloud.gateway.proto.v1.Submission;
import rongcloud.gateway.proto.v1.SubmissionState;
import rongcloud.gateway.proto.v1.TextContent;

/**
 * The durable outbox against a real PostgreSQL and the emulator: idempotent submits, delivery exactly once,
 * permanent and transient failures, competing drainers over 1,000 sends (with the figures printed), and a
 * database outage (Submit UNAVAILABLE while direct sends work).
 */
@QuarkusTest
@QuarkusTestResource(value = EmulatorResource.class, restrictToAnnotatedClass = true)
class OutboxEndToEndTest {
    private static final String PRIVATE = "/message/private/publish.json";
    static GatewayClient client;

    @Inject
    OutboxWorker worker;

    @BeforeAll
    static void connect() {
        client = new GatewayClient(EmulatorResource.grpcPort());
    }

    @AfterAll
    static void disconnect() throws InterruptedException {
        client.close();
    }

    static OutboxServiceGrpc.OutboxServiceBlockingStub outbox() {
        return client.stub(OutboxServiceGrpc.newBlockingStub(client.channel));
    }

    static MessageState messages() {
        return EmulatorResource.emulator().state(MessageState.class);
    }

    static SendPrivateMessageRequest privateMessage(String from, String to, String text) {
        return SendPrivateMessageRequest.newBuilder().setFromUserId(from).addToUserIds(to)
                .setContent(MessageContent.newBuilder().setText(TextContent.newBuilder().setContent(text))).build();
    }

    static Submission submit(String key, SendPrivateMessageRequest m) {
        return outbox().submitPrivateMessage(SubmitPrivateMessageRequest.newBuilder().setIdempotencyKey(key)
                .setMessage(m).build());
    }

    static Submission await(String id, Predicate<Submission> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Submission s = get(id);
        while (!done.test(s) && System.nanoTime() < deadline) {
            sleep(50);
            s = get(id);
        }
        assertThat(done.test(s)).as("submission %s reached the expected state in time: %s", id, s).isTrue();
        return s;
    }

    static Submission get(String id) {
        return outbox().getSubmission(GetSubmissionRequest.newBuilder().setId(id).build());
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSubmitIsCommittedIdempotentAndDeliveredExactlyOnceWithItsMessageIds() {
        String from = uid();
        String to = uid();
        String key = "order-" + uid();
        Submission first = submit(key, privateMessage(from, to, "queued hello"));
        assertThat(first.getState()).isIn(SubmissionState.SUBMISSION_STATE_PENDING,
                SubmissionState.SUBMISSION_STATE_DELIVERING, SubmissionState.SUBMISSION_STATE_DELIVERED);
        assertThat(first.getDedupKey()).as("a dedup key is assigned").isNotZero();
        Submission repeat = submit(key, privateMessage(from, to, "queued hello"));
        assertThat(repeat.getId()).isEqualTo(first.getId());

        Submission done = await(first.getId(), s -> s.getState() == SubmissionState.SUBMISSION_STATE_DELIVERED,
                Duration.ofSeconds(10));
        assertThat(done.getAttempts()).isEqualTo(1);
        List<MessageState.StoredMessage> stored = messages().sentTo(to);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).param("msgRandom")).isEqualTo(Long.toString(first.getDedupKey()));
        assertThat(done.getMessagesList()).singleElement().satisfies(m -> {
            assertThat(m.getTargetId()).isEqualTo(to);
            assertThat(m.getMessageUid()).isEqualTo(stored.get(0).messageUid());
        });
        // a repeat after delivery still answers the first submission and sends nothing
        assertThat(submit(key, privateMessage(from, to, "queued hello")).getId()).isEqualTo(first.getId());
        sleep(300);
        assertThat(messages().sentTo(to)).hasSize(1);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefusedAndBadInputIsRefusedLikeTheDirectSend() {
        String key = "k-" + uid();
        submit(key, privateMessage(uid(), uid(), "one"));
        StatusRuntimeException e = failure(() -> submit(key, privateMessage(uid(), uid(), "another")));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("IDEMPOTENCY_KEY_REUSED");

        StatusRuntimeException bad = failure(() -> submit("k-" + uid(),
                SendPrivateMessageRequest.newBuilder().setFromUserId(uid()).build()));
        assertThat(bad.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(GatewayClient.violatedFields(bad)).contains("message.to_user_ids", "message.content");
        StatusRuntimeException noKey = failure(() -> submit("", privateMessage(uid(), uid(), "x")));
        assertThat(GatewayClient.violatedFields(noKey)).containsExactly("idempotency_key");
        StatusRuntimeException unknown = failure(() -> get("no-such-submission"));
        assertThat(unknown.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
    }

    @Test
    void aPermanentUpstreamFailureEndsFailedWithItsReason() {
        String secret = EmulatorResource.emulator().appSecret();
        EmulatorResource.emulator().rotateSecret("rotated-" + uid()); // RongCloud refuses the signature: 1004
        try {
            Submission s = outbox().submitSystemMessage(SubmitSystemMessageRequest.newBuilder()
                    .setIdempotencyKey("sys-" + uid()).setMessage(SendSystemMessageRequest.newBuilder()
                            .setFromUserId("system").addToUserIds(uid()).setContent(MessageContent.newBuilder()
                                    .setText(TextContent.newBuilder().setContent("maintenance tonight")))).build());
            Submission failed = await(s.getId(), x -> x.getState() == SubmissionState.SUBMISSION_STATE_FAILED,
                    Duration.ofSeconds(10));
            assertThat(failed.getFailureReason()).isEqualTo("RONGCLOUD_1004");
            assertThat(failed.getAttempts()).as("not retried").isEqualTo(1);
            assertThat(failed.getFailureMessage()).isNotBlank();
        } finally {
            EmulatorResource.emulator().rotateSecret(secret);
        }
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffThenDelivered() {
        String to = uid();
        EmulatorResource.emulator().setRateLimit(PRIVATE, 0); // every send: 1008 rate limited
        Submission s;
        try {
            s = submit("t-" + uid(), privateMessage(uid(), to, "after the storm"));
            Submission retrying = await(s.getId(), x -> x.getAttempts() >= 2
                    && x.getState() == SubmissionState.SUBMISSION_STATE_PENDING, Duration.ofSeconds(10));
            assertThat(retrying.getFailureReason()).isEqualTo("RONGCLOUD_1008");
            assertThat(messages().sentTo(to)).isEmpty();
        } finally {
            EmulatorResource.emulator().setRateLimit(PRIVATE, 1_000_000);
        }
        Submission done = await(s.getId(), x -> x.getState() == SubmissionState.SUBMISSION_STATE_DELIVERED,
                Duration.ofSeconds(15));
        assertThat(done.getAttempts()).isGreaterThanOrEqualTo(3);
        assertThat(messages().sentTo(to)).hasSize(1);
    }

    /**
     * 1,000 sends drained by this instance's scheduled drainers plus two more drainers competing on the same
     * table: each recipient gets exactly one message. Prints acceptance throughput and drain rate.
     */
    @Test
    void competingDrainersDeliverEachOfAThousandSendsOnce() throws Exception {
        EmulatorResource.emulator().setRateLimit(PRIVATE, 1_000_000);
        int n = 1_000;
        String batch = uid();
        List<String> ids = new ArrayList<>(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            ids.add(submit(batch + "-" + i, privateMessage("bulk" + batch, batch + "r" + i, "bulk " + i)).getId());
        }
        double acceptSeconds = (System.nanoTime() - t0) / 1e9;
        OutboxDrainer a = worker.newDrainer("test-drainer-a");
        OutboxDrainer b = worker.newDrainer("test-drainer-b");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        long t1 = System.nanoTime();
        Future<Integer> fa = pool.submit(a::drainAll);
        Future<Integer> fb = pool.submit(b::drainAll);
        int byA = fa.get();
        int byB = fb.get();
        pool.shutdown();
        for (String id : ids) {
            await(id, x -> x.getState() == SubmissionState.SUBMISSION_STATE_DELIVERED, Duration.ofSeconds(30));
        }
        double drainSeconds = (System.nanoTime() - t1) / 1e9;
        Map<String, Integer> perRecipient = new HashMap<>();
        for (MessageState.StoredMessage m : messages().sentBy("bulk" + batch)) {
            perRecipient.merge(m.targetId(), 1, Integer::sum);
        }
        assertThat(perRecipient).hasSize(n);
        assertThat(perRecipient.values()).containsOnly(1);
        assertThat(EmulatorResource.emulator().requests().count(PRIVATE)).isGreaterThanOrEqualTo(n);
        System.out.printf("OUTBOX BENCHMARK (2-core box, PostgreSQL 17 on loopback, emulator): %d submits over gRPC in "
                        + "%.2f s = %.0f accepted/s (sequential, one client); drained in %.2f s = %.0f delivered/s "
                        + "(test drainers a=%d b=%d, the rest by the scheduled drainers)%n",
                n, acceptSeconds, n / acceptSeconds, drainSeconds, n / drainSeconds, byA, byB);
    }

    @Test
    void withTheDatabaseDownSubmitIsUnavailableAndDirectSendsStillWork() {
        String to = uid();
        TestDatabase.cut();
        try {
            long t0 = System.nanoTime();
            StatusRuntimeException e = failure(() -> submit("down-" + uid(), privateMessage(uid(), to, "x")));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE);
            assertThat(GatewayClient.errorInfo(e).getReason()).isEqualTo("STORE_UNAVAILABLE");
            assertThat(millis).as("fails fast").isLessThan(5_000);
            var sent = client.stub(MessageServiceGrpc.newBlockingStub(client.channel))
                    .sendPrivateMessage(privateMessage(uid(), to, "direct while the database is down"));
            assertThat(sent.getMessagesList()).hasSize(1);
        } finally {
            TestDatabase.restore();
        }
        assertThat(messages().sentTo(to)).hasSize(1);
        Submission s = submit("up-" + uid(), privateMessage(uid(), to, "back"));
        await(s.getId(), x -> x.getState() == SubmissionState.SUBMISSION_STATE_DELIVERED, Duration.ofSeconds(10));
    }
}
