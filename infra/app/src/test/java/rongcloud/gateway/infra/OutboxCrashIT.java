package rongcloud.gateway.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorOptions;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.emulator.fault.FaultType;
import rongcloud.emulator.message.MessageState;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.OutboxServiceGrpc;
import rongcloud.gateway.proto.v1.SendPrivateMessageRequest;
import rongcloud.gateway.proto.v1.SubmitPrivateMessageRequest;
import rongcloud.gateway.proto.v1.TextContent;

/**
 * Issue 8's crash test, with two real gateway processes (the packaged jar, prod profile) on one PostgreSQL outbox and
 * one emulator: 1,000 queued sends are submitted to both, both drain, and instance A is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) in the middle of the drain, while it holds claimed rows with sends in flight
 * (the emulator holds every answer back, so a killed send may already have reached RongCloud). Instance B takes the
 * orphaned rows over when their lease ends and sends them again with the same dedup key.
 *
 * <p>Asserted: every submission ends DELIVERED (none lost), every recipient got exactly one stored message in the
 * emulator (none delivered twice), both instances delivered, and the rows A held at its death were finished by B.
 * Printed: what reached the emulator twice (re-sends de-duplicated by msgRandom) and the drain rates.
 */
class OutboxCrashIT {
    private static final String PRIVATE = "/message/private/publish.json";
    private static final int SENDS = 1_000;
    private static final Duration LEASE = Duration.ofSeconds(3);

    private final List<Gateway> gateways = new ArrayList<>();
    private RongCloudEmulator emulator;
    private String database;
    private String jdbcUrl;

    @AfterEach
    void stopAll() {
        gateways.forEach(Gateway::kill);
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void killingAnInstanceMidDrainLosesNoSendAndDeliversNoneTwice() throws Exception {
        // a database of its own: a gateway another IT left running on the shared test database would drain this
        // outbox too (to its own emulator)
        database = "crash" + EndToEnd.uid().toLowerCase(java.util.Locale.ROOT);
        try (Connection c = DriverManager.getConnection(TestDatabase.directUrl())) {
            c.createStatement().execute("create database " + database);
        }
        String direct = TestDatabase.directUrl();
        jdbcUrl = direct.substring(0, direct.indexOf("/postgres?")) + "/" + database;
        emulator = RongCloudEmulator.start(EmulatorOptions.defaults());
        emulator.setRateLimit(PRIVATE, 1_000_000);
        // every send is processed at once but answered 40 ms later: a kill finds sends RongCloud already has
        emulator.faults().add(PRIVATE, FaultType.LATENCY, Duration.ofMillis(40), 503, 1000, null, 1.0);
        Gateway a = start("a");
        Gateway b = start("b");
        String batch = EndToEnd.uid();
        String sender = "crash" + batch;

        long t0 = System.nanoTime();
        ExecutorService submitters = Executors.newFixedThreadPool(4);
        List<Future<?>> submits = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int lane = t;
            submits.add(submitters.submit(() -> {
                try (GatewayClient ca = new GatewayClient(a.grpcPort); GatewayClient cb = new GatewayClient(b.grpcPort)) {
                    for (int i = lane; i < SENDS; i += 4) {
                        GatewayClient c = i % 2 == 0 ? ca : cb; // half submitted to each instance
                        OutboxServiceGrpc.newBlockingStub(c.channel).withDeadlineAfter(10, TimeUnit.SECONDS)
                                .submitPrivateMessage(SubmitPrivateMessageRequest.newBuilder()
                                        .setIdempotencyKey(batch + "-" + i)
                                        .setMessage(SendPrivateMessageRequest.newBuilder().setFromUserId(sender)
                                                .addToUserIds(batch + "r" + i)
                                                .setContent(MessageContent.newBuilder()
                                                        .setText(TextContent.newBuilder().setContent("crash " + i))))
                                        .build());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : submits) {
            f.get(5, TimeUnit.MINUTES);
        }
        submitters.shutdown();
        double acceptSeconds = (System.nanoTime() - t0) / 1e9;

        // kill A once the drain is well under way and A holds claims
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (stored(sender).size() < 300 || outbox(batch).claimedBy(a.pid, "DELIVERING") == 0) {
            assertThat(System.nanoTime()).as("drain under way with A holding claims").isLessThan(deadline);
            Thread.sleep(5);
        }
        a.kill();
        long killedAt = System.nanoTime();
        int storedAtKill = stored(sender).size();
        Outbox atKill = outbox(batch);
        List<String> orphaned = atKill.ids(a.pid, "DELIVERING");
        int deliveredByA = atKill.claimedBy(a.pid, "DELIVERED");

        while (outbox(batch).count("DELIVERED") < SENDS) {
            assertThat(System.nanoTime()).as("B delivers the rest, orphans included, in time: %s", outbox(batch).states())
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        double afterKillSeconds = (System.nanoTime() - killedAt) / 1e9;
        double totalSeconds = (System.nanoTime() - t0) / 1e9;

        Outbox end = outbox(batch);
        assertThat(end.states()).containsOnlyKeys("DELIVERED"); // none lost, none failed
        Map<String, Integer> perRecipient = new HashMap<>();
        for (MessageState.StoredMessage m : stored(sender)) {
            perRecipient.merge(m.targetId(), 1, Integer::sum);
        }
        assertThat(perRecipient).hasSize(SENDS);
        assertThat(perRecipient.values()).as("messages per recipient").containsOnly(1);
        assertThat(deliveredByA).as("A delivered before it was killed").isPositive();
        assertThat(end.claimedBy(b.pid, "DELIVERED")).as("B delivered").isPositive();
        assertThat(orphaned).as("A held claimed rows when it was killed").isNotEmpty();
        for (String id : orphaned) {
            assertThat(end.owner(id)).as("orphan %s finished by B", id).startsWith(b.pid + "@");
        }
        long requests = emulator.requests().count(PRIVATE);
        assertThat(requests).isGreaterThanOrEqualTo(SENDS);
        System.out.printf("OUTBOX CRASH TEST: %d sends submitted to 2 gateway processes in %.2f s (%.0f/s, 4 clients);"
                        + " A killed (SIGKILL) after %d stored, holding %d claimed rows (%d delivered by A); B finished in"
                        + " %.2f s after the kill (lease %d s); %.2f s in all; %d publish requests reached the emulator for"
                        + " %d messages stored: %d re-sends de-duplicated by msgRandom, 0 lost, 0 stored twice%n",
                SENDS, acceptSeconds, SENDS / acceptSeconds, storedAtKill, orphaned.size(), deliveredByA,
                afterKillSeconds, LEASE.toSeconds(), totalSeconds, requests, perRecipient.size(), requests - SENDS);
    }

    private List<MessageState.StoredMessage> stored(String sender) {
        return emulator.state(MessageState.class).sentBy(sender);
    }

    // ---- the gateway processes ----

    private Gateway start(String name) throws Exception {
        int grpc = EmulatorResource.freePort();
        int http = EmulatorResource.freePort();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        config.put("quarkus.profile", "prod");
        config.put("rongcloud.app-key", emulator.appKey());
        config.put("rongcloud.app-secret", emulator.appSecret());
        config.put("rongcloud.hosts", emulator.baseUri().toString());
        config.put("rongcloud.sandbox.enabled", "false");
        config.put("gateway.auth.enabled", "false");
        config.put("quarkus.grpc.server.port", Integer.toString(grpc));
        config.put("quarkus.http.port", Integer.toString(http));
        config.put("quarkus.log.console.json.enabled", "false");
        config.put("gateway.outbox.poll-interval", "100ms");
        config.put("gateway.outbox.base-backoff", "200ms");
        config.put("gateway.outbox.lease", LEASE.toSeconds() + "s");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(System.getProperty("gateway.jar", "target/quarkus-app/quarkus-run.jar"));
        Path log = Path.of("target", "outbox-crash-" + name + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Gateway gateway = new Gateway(process, Long.toString(process.pid()), grpc, log.toFile());
        gateways.add(gateway);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!listening(grpc)) {
            assertThat(process.isAlive()).as("gateway %s running (see %s)", name, log).isTrue();
            assertThat(System.nanoTime()).as("gateway %s listening in time (see %s)", name, log).isLessThan(deadline);
            Thread.sleep(100);
        }
        return gateway;
    }

    private record Gateway(Process process, String pid, int grpcPort, File log) {
        void kill() {
            if (process.isAlive()) {
                process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful drain
                try {
                    process.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // ---- the outbox table, read straight from PostgreSQL ----

    /** One snapshot of the outbox rows: id → (state, claimed_by). */
    private record Outbox(Map<String, String[]> rows) {
        int count(String state) {
            return (int) rows.values().stream().filter(r -> r[0].equals(state)).count();
        }

        int claimedBy(String pid, String state) {
            return ids(pid, state).size();
        }

        List<String> ids(String pid, String state) {
            return rows.entrySet().stream()
                    .filter(e -> e.getValue()[0].equals(state) && e.getValue()[1] != null
                            && e.getValue()[1].startsWith(pid + "@"))
                    .map(Map.Entry::getKey).toList();
        }

        String owner(String id) {
            return rows.get(id)[1];
        }

        Map<String, Integer> states() {
            Map<String, Integer> byState = new HashMap<>();
            rows.values().forEach(r -> byState.merge(r[0], 1, Integer::sum));
            return byState;
        }
    }

    private Outbox outbox(String batch) {
        Map<String, String[]> rows = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             PreparedStatement q = c.prepareStatement(
                     "select id, state, claimed_by from outbox_submission where idempotency_key like ?")) {
            q.setString(1, batch + "-%");
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Outbox(rows);
    }
}
