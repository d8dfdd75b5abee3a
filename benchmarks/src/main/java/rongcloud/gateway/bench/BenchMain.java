package rongcloud.gateway.bench;

import io.grpc.ManagedChannel;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;
import io.rong.RongCloud;
import io.rong.messages.TxtMessage;
import io.rong.models.Result;
import io.rong.models.message.PrivateMessage;
import io.rong.models.user.UserModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import rongcloud.emulator.EmulatorOptions;
import rongcloud.emulator.RecordedRequest;
import rongcloud.emulator.RongCloudEmulator;
import rongcloud.gateway.proto.v1.CheckServiceGrpc;
import rongcloud.gateway.proto.v1.GetCachedUserInfoRequest;
import rongcloud.gateway.proto.v1.GetUserInfoRequest;
import rongcloud.gateway.proto.v1.IsUserBlockedRequest;
import rongcloud.gateway.proto.v1.ListBlockedUsersRequest;
import rongcloud.gateway.proto.v1.MessageContent;
import rongcloud.gateway.proto.v1.MessageServiceGrpc;
import rongcloud.gateway.proto.v1.PushSettings;
import rongcloud.gateway.proto.v1.SendPrivateMessageRequest;
import rongcloud.gateway.proto.v1.TextContent;
import rongcloud.gateway.proto.v1.UserServiceGrpc;

/**
 * Runs every scenario of issue 12 side by side against one RongCloud emulator (in this JVM, on loopback) and
 * packaged gateways (separate java -jar processes), then prints the table and writes Markdown and CSV under
 * docs/benchmarks/. Started by benchmarks/run.sh; settings from environment variables (see run.sh).
 */
public final class BenchMain {
    static final String USER_INFO = "/user/info.json";
    static final String PRIVATE_SEND = "/message/private/publish.json";
    static final String BLOCK_QUERY = "/user/block/query.json";

    // settings
    final int reps = intEnv("BENCH_REPS", 3);
    final long warmupMs = intEnv("BENCH_WARMUP_MS", 1000);
    final long measureMs = intEnv("BENCH_MEASURE_MS", 3000);
    final List<Integer> concurrency = List.of(intEnv("BENCH_C1", 1), intEnv("BENCH_C2", 8), intEnv("BENCH_C3", 64));
    final long quotaMeasureMs = intEnv("BENCH_QUOTA_MEASURE_MS", 5000);
    final int quotaLimit = intEnv("BENCH_QUOTA_LIMIT", 20);
    final int quotaCallersPerInstance = intEnv("BENCH_QUOTA_CALLERS", 8);
    final List<String> quotaMargins = List.of(System.getenv().getOrDefault("BENCH_QUOTA_MARGINS", "25ms,100ms").split(","));
    final String infinispanHosts = System.getenv().getOrDefault("BENCH_INFINISPAN_HOSTS", "");
    final boolean runJmh = !"false".equals(System.getenv().getOrDefault("BENCH_JMH", "true"));
    final String only = System.getenv().getOrDefault("BENCH_ONLY", "abcd");
    final Path jar;
    final Path outDir;
    final Path logDir;

    final Report report = new Report();
    RongCloudEmulator emulator;
    EmbeddedPostgres database;
    RongCloud sdk;

    BenchMain(Path jar, Path outDir, Path logDir) {
        this.jar = jar;
        this.outDir = outDir;
        this.logDir = logDir;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        BenchMain bench = new BenchMain(root.resolve("infra/app/target/quarkus-app/quarkus-run.jar"),
                root.resolve("docs/benchmarks"), root.resolve("benchmarks/target/bench-logs"));
        bench.run();
        System.exit(0);
    }

    void run() throws Exception {
        long t0 = System.nanoTime();
        report.machine = Machine.describe();
        report.settings.put("repetitions per point (medians quoted)", Integer.toString(reps));
        report.settings.put("end-to-end point", "warm-up " + warmupMs + " ms + measured " + measureMs + " ms, closed loop");
        report.settings.put("callers", concurrency.toString());
        report.settings.put("gateway", "infra/app/target/quarkus-app/quarkus-run.jar, prod profile, JVM mode, JVM options: "
                + System.getenv().getOrDefault("BENCH_GATEWAY_JVM_OPTS", "(none: JVM defaults)")
                + ", gateway.auth.enabled=false, JSON logs to a file (one INFO line per upstream call, as in prod)");
        report.settings.put("emulator", "infra/emulator in the benchmark JVM on 127.0.0.1 (JDK HTTP server, 32 threads); "
                + "the same instance serves the SDK and the gateway");
        report.settings.put("official SDK", "cn.rongcloud.im:server-sdk-java:3.3.1, RongCloud.getInstance(key, secret, "
                + "\"http://127.0.0.1:<emulator>\") (HttpURLConnection, Connection: close), benchmark classpath only");
        report.settings.put("database", "PostgreSQL 17.5 (zonky embedded binaries from Maven) on loopback, one for all "
                + "gateway processes (state mirror, journal, outbox)");
        report.settings.put("gRPC client", "grpc-java 1.79.0 blocking stubs, one Netty channel shared by all callers, plaintext");
        System.out.println("== machine: " + report.machine);

        if (runJmh) {
            jmh();
        }
        emulator = RongCloudEmulator.start(EmulatorOptions.defaults());
        database = EmbeddedPostgres.builder().start(); // the gateways' PostgreSQL (mirror, journal, outbox)
        sdk = RongCloud.getInstance(emulator.appKey(), emulator.appSecret(), emulator.baseUri().toString());
        try {
            if (only.contains("d")) {
                footprint();
            }
            if (only.contains("a")) {
                passThrough();
            }
            if (only.contains("b")) {
                cachedReads();
            }
            if (only.contains("c")) {
                quotaAccuracy();
            }
        } finally {
            GatewayProcess.stopAll();
            emulator.close();
            database.close();
        }
        report.settings.put("total run time", Duration.ofNanos(System.nanoTime() - t0).toSeconds() + " s (benchmark JVM, build excluded)");
        report.machine.put("load average at the end", Machine.loadAverage());
        String date = LocalDate.now().toString();
        Files.createDirectories(outDir);
        String md = report.markdown(date);
        Files.writeString(outDir.resolve(date + ".md"), md);
        Files.writeString(outDir.resolve(date + ".csv"), report.csv(date));
        System.out.println();
        System.out.println(md);
        System.out.println("written: " + outDir.resolve(date + ".md") + " and .csv");
    }

    // ---------------------------------------------------------------- JMH

    void jmh() throws Exception {
        System.out.println("== JMH hot paths");
        var options = new OptionsBuilder().include(HotPathBenchmarks.class.getName() + ".*").forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(reps).measurementTime(TimeValue.seconds(1))
                .threads(1).shouldFailOnError(true).build();
        for (RunResult r : new Runner(options).run()) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            var primary = r.getPrimaryResult();
            List<Double> iterations = new ArrayList<>();
            r.getBenchmarkResults().forEach(br -> br.getIterationResults()
                    .forEach(ir -> iterations.add(ir.getPrimaryResult().getScore())));
            report.jmh.add(new Report.JmhRow(name, Stats.median(iterations), primary.getScoreError(), iterations));
        }
    }

    // ---------------------------------------------------------------- d. footprint

    void footprint() throws Exception {
        System.out.println("== d. footprint: " + reps + " cold starts of the packaged gateway");
        for (int i = 1; i <= reps; i++) {
            try (GatewayProcess g = startGateway("footprint-" + i, Map.of())) {
                Thread.sleep(3000);
                report.startupMs.add(g.startupMillis);
                report.quarkusStartedMs.add(g.quarkusStartedMillis());
                report.idleRssMiB.add(g.rssMiB());
                System.out.printf(Locale.ROOT, "   start %d: port answered after %.0f ms (Quarkus: %.0f ms), idle RSS %.0f MiB%n",
                        i, g.startupMillis, g.quarkusStartedMillis(), g.rssMiB());
            }
        }
    }

    // ---------------------------------------------------------------- a. pass-through

    void passThrough() throws Exception {
        System.out.println("== a. pass-through: official SDK -> emulator vs gRPC -> gateway -> emulator");
        resetEmulator();
        emulator.setRateLimit(USER_INFO, 100_000_000);
        emulator.setRateLimit(PRIVATE_SEND, 100_000_000);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("gateway.quota.override.\"" + USER_INFO + "\"", "100000000/1s");
        props.put("gateway.quota.override.\"" + PRIVATE_SEND + "\"", "100000000/1m");
        props.put("rongcloud.bulkhead.per-area", "256");
        report.settings.put("a. limits raised", "emulator setRateLimit " + USER_INFO + " and " + PRIVATE_SEND
                + " to 1e8; gateway " + props + " (the default bulkhead, 32 calls per area, would refuse at 64 callers)");
        try (GatewayProcess g = startGateway("passthrough", props);
             Chan chan = new Chan(channel(g.grpcPort));
             RssSampler rss = new RssSampler(List.of(g))) {
            ManagedChannel channel = chan.channel();
            var users = UserServiceGrpc.newBlockingStub(channel);
            var messages = MessageServiceGrpc.newBlockingStub(channel);
            Map<String, Map<String, LoadGen.Call>> ops = new LinkedHashMap<>();
            ops.put("GetUserInfo", Map.of(
                    "direct", (c, s) -> code(sdk.user.get(new UserModel().setId("bench-a"))),
                    "gateway", (c, s) -> grpc(() -> users.withDeadlineAfter(10, TimeUnit.SECONDS)
                            .getUserInfo(GetUserInfoRequest.newBuilder().setUserId("bench-a").build()))));
            SendPrivateMessageRequest send = SendPrivateMessageRequest.newBuilder().setFromUserId("bench-a")
                    .addToUserIds("bench-b")
                    .setContent(MessageContent.newBuilder().setText(TextContent.newBuilder().setContent("Hello from the benchmark")))
                    .setPush(PushSettings.newBuilder().setPushContent("New message")).build();
            ops.put("SendPrivateMessage", Map.of(
                    "direct", (c, s) -> code(sdk.message.msgPrivate.send((PrivateMessage) new PrivateMessage()
                            .setSenderId("bench-a").setTargetId(new String[] {"bench-b"}).setObjectName("RC:TxtMsg")
                            .setContent(new TxtMessage("Hello from the benchmark", "")).setPushContent("New message"))),
                    "gateway", (c, s) -> grpc(() -> messages.withDeadlineAfter(10, TimeUnit.SECONDS).sendPrivateMessage(send))));
            // JIT warm-up of both paths (and of the emulator) before anything is measured
            for (var op : ops.values()) {
                for (String side : List.of("direct", "gateway")) {
                    LoadGen.run(8, 0, 2000, op.get(side));
                }
            }
            for (int rep = 1; rep <= reps; rep++) {
                for (var op : ops.entrySet()) {
                    for (int callers : concurrency) {
                        for (String side : List.of("direct", "gateway")) {
                            LoadGen.Result r = LoadGen.run(callers, warmupMs, measureMs, op.getValue().get(side));
                            report.passThrough.computeIfAbsent(new Report.PassKey(op.getKey(), callers, side),
                                    k -> new ArrayList<>()).add(r);
                            System.out.printf(Locale.ROOT, "   rep %d %-18s %2d callers %-7s %8.0f ops/s p50 %7.0f µs p99 %7.0f µs failed %s%n",
                                    rep, op.getKey(), callers, side, r.throughput(), r.p(0.5), r.p(0.99), r.failures());
                        }
                    }
                }
            }
            rss.close();
            report.loadRssMiB.put("pass-through gateway (up to 64 callers)", rss.max(0));
        }
    }

    // ---------------------------------------------------------------- b. cached reads

    /**
     * One read through the gateway: the uncached RPC (each call goes upstream, bounded by the quota) and, once it
     * exists, the cached RPC answering the same question from the gateway's local cache (CheckService; a hit is
     * answered on the gRPC event loop). {@code cached} null: not measured, {@code pendingNote} says why.
     */
    record ReadCase(String name, String upstreamPath, int quotaPerSecond,
                    Function<ManagedChannel, LoadGen.Call> uncached,
                    Function<ManagedChannel, LoadGen.Call> cached, String pendingNote) {
    }

    List<ReadCase> readCases() {
        return List.of(
                new ReadCase("ban-list check (user banned?)", BLOCK_QUERY, 100,
                        ch -> {
                            var stub = UserServiceGrpc.newBlockingStub(ch);
                            return (c, s) -> grpc(() -> stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                                    .listBlockedUsers(ListBlockedUsersRequest.newBuilder().setPageSize(50).build()));
                        },
                        ch -> {
                            var stub = CheckServiceGrpc.newBlockingStub(ch);
                            return (c, s) -> grpc(() -> stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                                    .isUserBlocked(IsUserBlockedRequest.newBuilder().setUserId("bench-a").build()));
                        },
                        "cached: CheckService.IsUserBlocked"),
                new ReadCase("profile read (GetUserInfo)", USER_INFO, 100,
                        ch -> {
                            var stub = UserServiceGrpc.newBlockingStub(ch);
                            return (c, s) -> grpc(() -> stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                                    .getUserInfo(GetUserInfoRequest.newBuilder().setUserId("bench-a").build()));
                        },
                        ch -> {
                            var stub = CheckServiceGrpc.newBlockingStub(ch);
                            return (c, s) -> grpc(() -> stub.withDeadlineAfter(5, TimeUnit.SECONDS)
                                    .getCachedUserInfo(GetCachedUserInfoRequest.newBuilder().setUserId("bench-a").build()));
                        },
                        "cached: CheckService.GetCachedUserInfo"));
    }

    void cachedReads() throws Exception {
        int callers = 8;
        System.out.println("== b. cached reads vs uncached (production quotas: 100/s each), " + callers + " callers");
        resetEmulator();
        report.settings.put("b. limits", "production defaults (gateway quota plan and emulator): 100 requests/s for "
                + BLOCK_QUERY + " and " + USER_INFO + "; " + callers + " callers");
        try (GatewayProcess g = startGateway("reads", Map.of()); Chan chan = new Chan(channel(g.grpcPort))) {
            ManagedChannel channel = chan.channel();
            for (ReadCase rc : readCases()) {
                LoadGen.Call uncached = rc.uncached().apply(channel);
                LoadGen.Call cached = rc.cached() == null ? null : rc.cached().apply(channel);
                for (int rep = 1; rep <= reps; rep++) {
                    int refusedBefore = refusals(rc.upstreamPath());
                    LoadGen.Result u = LoadGen.run(callers, warmupMs, measureMs, uncached);
                    report.reads.computeIfAbsent(new Report.ReadKey(rc.name(), rc.upstreamPath(), rc.quotaPerSecond(), "uncached"),
                            k -> new ArrayList<>()).add(new Report.ReadRun(u, refusals(rc.upstreamPath()) - refusedBefore));
                    System.out.printf(Locale.ROOT, "   rep %d %-30s uncached %7.1f ops/s p50 %6.0f µs upstream 1008 %d, caller-side %s%n",
                            rep, rc.name(), u.throughput(), u.p(0.5), refusals(rc.upstreamPath()) - refusedBefore, u.failures());
                    if (cached != null) {
                        LoadGen.Result c = LoadGen.run(callers, warmupMs, measureMs, cached);
                        report.reads.computeIfAbsent(new Report.ReadKey(rc.name(), rc.upstreamPath(), rc.quotaPerSecond(), "cached"),
                                k -> new ArrayList<>()).add(new Report.ReadRun(c, 0));
                        System.out.printf(Locale.ROOT, "   rep %d %-30s cached   %7.1f ops/s p50 %6.0f µs, caller-side %s%n",
                                rep, rc.name(), c.throughput(), c.p(0.5), c.failures());
                    }
                }
                if (cached == null) {
                    report.readsPending.put(rc.name(), rc.pendingNote());
                }
            }
        }
    }

    // ---------------------------------------------------------------- c. quota accuracy

    void quotaAccuracy() throws Exception {
        if (infinispanHosts.isBlank()) {
            System.out.println("== c. quota accuracy: skipped (BENCH_INFINISPAN_HOSTS not set)");
            report.quotaSkipped = "skipped: no Infinispan (BENCH_INFINISPAN_HOSTS not set; run.sh starts one)";
            return;
        }
        System.out.println("== c. quota accuracy: " + USER_INFO + " limited to " + quotaLimit + "/s at the emulator");
        resetEmulator();
        emulator.setRateLimit(USER_INFO, quotaLimit);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("gateway.quota.store", "infinispan");
        props.put("gateway.quota.instances", "3");
        props.put("quarkus.infinispan-client.hosts", infinispanHosts);
        props.put("gateway.quota.override.\"" + USER_INFO + "\"", quotaLimit + "/1s");
        report.settings.put("c. quota", "emulator setRateLimit " + USER_INFO + " = " + quotaLimit + "/s (exact sliding window); "
                + "3 gateway processes " + props + ", safety margin 25 ms (default); " + quotaCallersPerInstance
                + " callers per gateway instance, deadline 5 s; the SDK side: N clients each pacing itself at the limit ("
                + quotaLimit + "/s, what one service alone would do), no coordination; gateway safety margins " + quotaMargins
                + " (25ms is the default; each margin is its own set of 3 processes); steady state = the measured "
                + quotaMeasureMs + " ms after 1 s of warm-up");
        boolean first = true;
        for (String margin : quotaMargins) {
            props.put("gateway.quota.safety-margin", margin);
            List<GatewayProcess> gateways = new ArrayList<>();
            List<ManagedChannel> channels = new ArrayList<>();
            try {
                for (int i = 1; i <= 3; i++) {
                    GatewayProcess g = startGateway("quota-" + margin + "-" + i, props);
                    gateways.add(g);
                    channels.add(channel(g.grpcPort));
                }
                // the first seconds of freshly started instances, saturated at once (cold JIT, new connections, the
                // Hot Rod client starting on first use), reported apart from the steady state
                coldStart(margin, channels);
                for (ManagedChannel ch : channels) {
                    String failure = grpc(() -> UserServiceGrpc.newBlockingStub(ch).withDeadlineAfter(10, TimeUnit.SECONDS)
                            .getUserInfo(GetUserInfoRequest.newBuilder().setUserId("bench-a").build()));
                    System.out.println("   primed " + (failure == null ? "ok" : failure));
                }
                try (RssSampler rss = new RssSampler(gateways)) {
                    for (int rep = 1; rep <= reps; rep++) {
                        for (int n = 1; n <= 3; n++) {
                            quotaRun(n, rep, "gateway, margin " + margin, channels.subList(0, n));
                            if (first) {
                                quotaRun(n, rep, "direct", List.of());
                            }
                        }
                    }
                    rss.close();
                    for (int i = 0; i < gateways.size(); i++) {
                        report.loadRssMiB.put("quota instance " + (i + 1) + ", margin " + margin + " (Infinispan store, saturated)", rss.max(i));
                    }
                }
            } finally {
                channels.forEach(ManagedChannel::shutdownNow);
                gateways.forEach(GatewayProcess::close);
            }
            first = false;
        }
    }

    /** 3 fresh instances saturated at once for 3 s: upstream refusals and the most accepted in any second. */
    void coldStart(String margin, List<ManagedChannel> channels) throws InterruptedException {
        emulator.requests().clear();
        int n = channels.size();
        List<UserServiceGrpc.UserServiceBlockingStub> stubs = channels.stream().map(UserServiceGrpc::newBlockingStub).toList();
        LoadGen.Result r = LoadGen.run(n * quotaCallersPerInstance, 0, 3000, (caller, s) -> grpc(() ->
                stubs.get(caller % n).withDeadlineAfter(5, TimeUnit.SECONDS)
                        .getUserInfo(GetUserInfoRequest.newBuilder().setUserId("bench-a").build())));
        Thread.sleep(200);
        Upstream up = upstream();
        String line = String.format(Locale.ROOT, "%d fresh instances, margin %s, saturated from their first call for 3 s: "
                + "%d accepted upstream, max %d in any 1 s (limit %d), %d upstream 429/1008, caller-side %s",
                n, margin, up.accepted().size(), up.maxInAnySecond(), quotaLimit, up.refused(), r.failures());
        System.out.println("   cold start: " + line);
        report.settings.put("c. cold start, margin " + margin, line);
    }

    void quotaRun(int n, int rep, String side, List<ManagedChannel> channels) throws InterruptedException {
        emulator.requests().clear();
        Thread.sleep(1100); // the previous run's grants leave the window
        Instant start = Instant.now();
        Instant from = start.plusMillis(warmupMs);
        Instant to = from.plusMillis(quotaMeasureMs);
        LoadGen.Result r;
        if (side.startsWith("gateway")) {
            List<UserServiceGrpc.UserServiceBlockingStub> stubs = channels.stream().map(UserServiceGrpc::newBlockingStub).toList();
            r = LoadGen.run(n * quotaCallersPerInstance, warmupMs, quotaMeasureMs, (caller, s) -> grpc(() ->
                    stubs.get(caller % n).withDeadlineAfter(5, TimeUnit.SECONDS)
                            .getUserInfo(GetUserInfoRequest.newBuilder().setUserId("bench-a").build())));
        } else {
            long intervalNanos = 1_000_000_000L / quotaLimit;
            long t0 = System.nanoTime();
            AtomicLong[] next = new AtomicLong[n];
            for (int i = 0; i < n; i++) {
                next[i] = new AtomicLong(t0 + i * intervalNanos / n);
            }
            r = LoadGen.run(n, warmupMs, quotaMeasureMs, (client, s) -> {
                long due = next[client].getAndAdd(intervalNanos);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                return code(sdk.user.get(new UserModel().setId("bench-a")));
            });
        }
        Thread.sleep(200);
        Upstream up = upstream();
        long refused = up.refused();
        int maxInAnySecond = up.maxInAnySecond();
        long inWindow = up.accepted().stream().filter(t -> t >= from.toEpochMilli() && t < to.toEpochMilli()).count();
        double utilization = 100.0 * inWindow / (quotaLimit * quotaMeasureMs / 1000.0);
        boolean truncated = emulator.requests().total() > 10_000;
        var run = new Report.QuotaRun(utilization, refused, maxInAnySecond, r.failures(), r.ok(), truncated);
        report.quota.computeIfAbsent(new Report.QuotaKey(n, side), k -> new ArrayList<>()).add(run);
        System.out.printf(Locale.ROOT, "   rep %d %d %-22s upstream %.1f%% of %d/s, max in any 1 s %d, upstream 429/1008 %d, caller-side %s%n",
                rep, n, side, utilization, quotaLimit, maxInAnySecond, refused, r.failures());
    }

    // ---------------------------------------------------------------- helpers

    /** The emulator's view of the quota path since its log was cleared. */
    record Upstream(List<Long> accepted, long refused) {
        /** The most accepted requests in any interval of one second. */
        int maxInAnySecond() {
            int max = 0;
            for (int i = 0, j = 0; i < accepted.size(); i++) {
                while (accepted.get(i) - accepted.get(j) >= 1000) {
                    j++;
                }
                max = Math.max(max, i - j + 1);
            }
            return max;
        }
    }

    /** Accepted arrival instants (sorted) and 429/1008 refusals of the quota path at the emulator. */
    Upstream upstream() {
        List<RecordedRequest> seen = emulator.requests().all().stream().filter(q -> q.path().equals(USER_INFO)).toList();
        long refused = seen.stream().filter(q -> q.httpStatus() == 429 || q.code() == 1008).count();
        List<Long> accepted = seen.stream().filter(q -> q.code() == 200).map(q -> q.receivedAt().toEpochMilli()).sorted().toList();
        return new Upstream(accepted, refused);
    }

    GatewayProcess startGateway(String name, Map<String, String> props) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("gateway.auth.enabled", "false"); // no API keys: the SDK side has none either
        all.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + database.getPort() + "/postgres");
        all.put("quarkus.datasource.username", "postgres");
        all.put("quarkus.datasource.password", "postgres");
        all.putAll(props);
        GatewayProcess g = GatewayProcess.start(name, jar, logDir, emulator.appKey(), emulator.appSecret(),
                emulator.baseUri().toString(), all);
        System.out.printf(Locale.ROOT, "   gateway %s pid %d gRPC %d answered after %.0f ms%n", name, g.pid(), g.grpcPort, g.startupMillis);
        return g;
    }

    void resetEmulator() throws Exception {
        emulator.reset();
        for (String user : List.of("bench-a", "bench-b")) {
            Result r = sdk.user.register(new UserModel(user, user, "https://img.example/" + user + ".png"));
            if (r.getCode() != 200) {
                throw new IllegalStateException("registering " + user + " through the SDK: " + r);
            }
        }
    }

    int refusals(String path) {
        return (int) emulator.requests().all().stream()
                .filter(q -> q.path().equals(path) && (q.httpStatus() == 429 || q.code() == 1008)).count();
    }

    record Chan(ManagedChannel channel) implements AutoCloseable {
        @Override
        public void close() {
            channel.shutdownNow();
        }
    }

    static ManagedChannel channel(int port) {
        return NettyChannelBuilder.forAddress("127.0.0.1", port).usePlaintext().build();
    }

    static String code(Result r) {
        return r.getCode() != null && r.getCode() == 200 ? null : "rc" + r.getCode();
    }

    interface GrpcCall {
        Object call();
    }

    static String grpc(GrpcCall call) {
        try {
            call.call();
            return null;
        } catch (StatusRuntimeException e) {
            return e.getStatus().getCode().name();
        }
    }

    static int intEnv(String name, int def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : Integer.parseInt(v.trim());
    }

    /** What the results were measured on. */
    static final class Machine {
        static Map<String, String> describe() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("date", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
            m.put("nproc", Integer.toString(Runtime.getRuntime().availableProcessors()));
            m.put("CPU", firstValue("/proc/cpuinfo", "model name"));
            m.put("memory", firstValue("/proc/meminfo", "MemTotal"));
            m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            m.put("JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                    + " (" + System.getProperty("java.vendor") + ")");
            m.put("load average at the start", loadAverage());
            m.put("note", "shared 2-core build machine: other sessions' builds may run at the same time");
            return m;
        }

        static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).trim();
            } catch (IOException e) {
                return "n/a";
            }
        }

        private static String firstValue(String file, String key) {
            try {
                return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("n/a");
            } catch (IOException e) {
                return "n/a";
            }
        }
    }

    static Map<String, Long> sorted(Map<String, Long> m) {
        return new TreeMap<>(m);
    }
}
