package rongcloud.gateway.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import rongcloud.gateway.adapter.out.rest.RongCloudSignature;
import rongcloud.gateway.adapter.out.rest.WireBody;
import rongcloud.gateway.adapter.out.rest.message.MessageWire;
import rongcloud.gateway.application.quota.QuotaCall;
import rongcloud.gateway.application.quota.QuotaClock;
import rongcloud.gateway.application.quota.QuotaSettings;
import rongcloud.gateway.application.quota.QuotaTiming;
import rongcloud.gateway.application.quota.SlidingLogQuotaGate;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.message.MessageContent;
import rongcloud.gateway.domain.message.OutgoingMessage;
import rongcloud.gateway.domain.message.PushSettings;

/**
 * The gateway's per-call hot paths, in isolation (run by {@link BenchMain} through JMH's Runner, one fork).
 * The names are the rows of the report.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HotPathBenchmarks {
    private static final String SECRET = "Y1W2MeFwwwRxa0";
    private final AtomicLong nonce = new AtomicLong(1_000_000);
    private OutgoingMessage message;
    private List<String> recipients;
    private SlidingLogQuotaGate gate;
    private CallContext ctx;

    @Setup
    public void setUp() {
        message = new OutgoingMessage("bench-a",
                new MessageContent.Text("Hello from the benchmark, 你好", null, null, null),
                new PushSettings("New message", null, null, false, null, false), null, false, null, 1001L);
        recipients = List.of("bench-b");
        // The production wiring of gateway.quota.store=local (QuotaBeans: no shared store), with a limit the
        // benchmark never reaches, so every call measures the decision itself (read, decide, compare-and-set).
        gate = new SlidingLogQuotaGate(
                rongcloud.gateway.domain.quota.QuotaPlan.catalog().withOverrides(Map.of("/user/info.json", "1000000000/1s")),
                new QuotaSettings(new QuotaTiming(Duration.ofMillis(25), ZoneId.of("Asia/Shanghai")), Duration.ofSeconds(2),
                        Duration.ofMillis(100), 1, Duration.ofSeconds(10), 1000, "rc:bench:"),
                Optional.empty(), QuotaClock.system());
        ctx = CallContext.of("bench", "bench");
    }

    /** App-Secret + Nonce + Timestamp, SHA-1, hex: what every upstream call signs. */
    @Benchmark
    public String signRequest() {
        long n = nonce.incrementAndGet();
        return RongCloudSignature.sign(SECRET, Long.toString(n), Long.toString(1_700_000_000_000L + n));
    }

    /** SendPrivateMessage's body: content JSON, WireBody fields, form map, URL-encoded as sent. */
    @Benchmark
    public String encodePrivateMessage() {
        WireBody body = MessageWire.expansion(MessageWire.delivery(MessageWire.push(MessageWire.base(message),
                message.push()), message.options()), message).put("toUserId", recipients);
        StringBuilder sb = new StringBuilder(256);
        body.form().forEach((name, values) -> values.forEach(v -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }));
        return sb.toString();
    }

    /** One quota decision on /user/info.json with the local (in-memory) store, budget never short. */
    @Benchmark
    public void quotaDecisionLocal() {
        gate.acquire(ctx, QuotaCall.of("/user/info.json"));
    }
}
