package rongcloud.gateway.adapter.out.rest;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import rongcloud.gateway.adapter.out.rest.UpstreamCallKind.TimeoutClass;
import rongcloud.gateway.adapter.out.rest.UpstreamObserver.Outcome;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.DeadlineExceededException;
import rongcloud.gateway.domain.error.RongCloudCode;
import rongcloud.gateway.domain.error.UpstreamException;
import rongcloud.gateway.domain.error.UpstreamUnavailableException;
import rongcloud.gateway.domain.error.UpstreamUnavailableException.Reason;

/**
 * The one way an area adapter calls RongCloud: picks the host, sends the signed request with the call's
 * X-Request-ID, checks the envelope's code on every answer (RongCloud reports some errors with HTTP 200),
 * turns failures into domain exceptions and logs the outcome (never secrets or signatures).
 *
 * <p>Upstream faults (docs/faults.md):
 * <ul>
 *   <li><b>Timeouts</b>: every attempt waits at most min(its {@link TimeoutClass}'s timeout, the time left before
 *       the caller's deadline less {@link UpstreamPolicy#deadlineReserve()}); a passed deadline fails before
 *       sending ({@link DeadlineExceededException}). The bound holds for slow bodies too: a watchdog interrupts
 *       the waiting thread (the REST client's own read timeout is only an idle timeout).</li>
 *   <li><b>Retries that never duplicate</b>: {@link UpstreamCallKind#idempotent() idempotent} calls are retried
 *       after connect failures, timeouts, resets, 5xx and envelope-less answers, up to
 *       {@link UpstreamPolicy#maxAttempts()} attempts with jittered exponential backoff, within the deadline;
 *       other calls only after connect failures (the request certainly did not reach RongCloud). Business
 *       codes (4xx/200 with an envelope) and 429/1008 are never retried here.</li>
 *   <li><b>Failover</b> ({@link HostSelector}): a failing current host is replaced by the next one at once, and
 *       the retry goes there; the primary is probed again after a cool-down.</li>
 *   <li><b>Circuit breaker per host</b> and <b>bulkhead per area</b> (SmallRye Fault Tolerance's programmatic
 *       {@link Guard}s: one instance per host and per area, built from configuration at start-up, which the
 *       annotations, bound to one method each, cannot express). A host whose breaker is open is skipped; when
 *       all are, the call fails at once ({@link Reason#CIRCUIT_OPEN}); a full bulkhead refuses at once
 *       ({@link Reason#BULKHEAD_FULL}) and never queues threads.</li>
 * </ul>
 */
@ApplicationScoped
public class RongCloudInvoker {
    private static final Logger LOG = Logger.getLogger("rongcloud.gateway.upstream");
    private static final int CONNECTION_TTL_SECONDS = 50; // RongCloud: keep idle connections under 55 s

    private final RongCloudSettings settings;
    private final UpstreamPolicy policy;
    private final UpstreamObserver observer;
    /** CDI: the budget of retries (infra, over the quota gate); retries are free outside CDI. */
    @Inject
    Instance<RetryBudget> retryBudget;
    /** CDI: the quota gate's settlement of a grant once its request ended (infra); none outside CDI. */
    @Inject
    Instance<UpstreamSettlement> settlement;
    /** CDI: builder hooks of infra (outbound TLS); none outside CDI. */
    @Inject
    Instance<UpstreamClientCustomizer> customizers;
    private final Map<String, List<?>> clientsByApi = new ConcurrentHashMap<>();
    private final HostSelector hosts;
    private final List<Guard> breakers = new ArrayList<>();
    private final List<String> breakerNames = new ArrayList<>();
    private final Map<String, Guard> bulkheads = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;

    public RongCloudInvoker(RongCloudSettings settings) {
        this(settings, UpstreamPolicy.defaults(), UpstreamObserver.NONE);
    }

    public RongCloudInvoker(RongCloudSettings settings, UpstreamObserver observer) {
        this(settings, UpstreamPolicy.defaults(), observer);
    }

    public RongCloudInvoker(RongCloudSettings settings, UpstreamPolicy policy, UpstreamObserver observer) {
        this.settings = settings;
        this.policy = policy;
        this.observer = observer;
        this.hosts = new HostSelector(settings.hosts().size(), policy.failoverCoolDown(), System::nanoTime);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rongcloud-upstream-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        String instance = Integer.toHexString(System.identityHashCode(this));
        for (URI host : settings.hosts()) {
            String name = "rongcloud-host-" + host.getAuthority() + "-" + instance;
            breakerNames.add(name);
            breakers.add(Guard.create().withDescription("RongCloud host " + host)
                    .withCircuitBreaker()
                    .name(name)
                    .requestVolumeThreshold(policy.breakerVolume())
                    .failureRatio(policy.breakerRatio())
                    .delay(policy.breakerDelay().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(policy.breakerSuccesses())
                    .failOn(HostFailure.class)
                    .onStateChange(state -> breakerChanged(host, state.name().toLowerCase(Locale.ROOT)))
                    .done()
                    .build());
        }
    }

    /** CDI: the deployed {@link UpstreamPolicy} (infra's configuration) and {@link UpstreamObserver} (metrics), if any. */
    @Inject
    RongCloudInvoker(RongCloudSettings settings, Instance<UpstreamPolicy> policy, Instance<UpstreamObserver> observer) {
        this(settings, policy.isResolvable() ? policy.get() : UpstreamPolicy.defaults(),
                observer.isResolvable() ? observer.get() : UpstreamObserver.NONE);
    }

    /**
     * Calls one endpoint as a {@link UpstreamCallKind#MUTATION}: never repeated once it may have reached RongCloud.
     * Prefer {@link #call(CallContext, String, UpstreamCallKind, Class, BiFunction)} with the call's kind.
     */
    public <C, R extends RongCloudResponse> R call(CallContext ctx, String path, Class<C> api,
                                                   BiFunction<C, String, R> call) {
        return call(ctx, path, UpstreamCallKind.MUTATION, api, call);
    }

    /**
     * Calls one endpoint.
     *
     * @param ctx  the caller's context (its request id is sent as X-Request-ID; its deadline bounds every attempt)
     * @param path the upstream path, for logs, errors and metrics; its first segment names the area's bulkhead
     * @param kind what the call does: decides its timeout and whether it may be retried
     * @param api  the REST client interface of the area
     * @param call invokes the client method, given the client and the request id
     */
    public <C, R extends RongCloudResponse> R call(CallContext ctx, String path, UpstreamCallKind kind, Class<C> api,
                                                   BiFunction<C, String, R> call) {
        if (remaining(ctx).map(r -> r.isNegative() || r.isZero()).orElse(false)) {
            observer.rejected(path, "deadline_exceeded");
            throw new DeadlineExceededException(path, ctx.requestId(), false, "before sending");
        }
        Guard bulkhead = bulkheads.computeIfAbsent(area(path), area -> Guard.create()
                .withDescription("RongCloud area " + area).withBulkhead().limit(policy.bulkheadPerArea()).done()
                .build());
        try {
            return cast(bulkhead.get(() -> attempts(ctx, path, kind, api, call), RongCloudResponse.class));
        } catch (BulkheadException e) {
            observer.rejected(path, "bulkhead_full");
            LOG.warnf("POST %s refused: %d calls of area %s in flight requestId=%s", path, policy.bulkheadPerArea(),
                    area(path), ctx.requestId());
            throw new UpstreamUnavailableException(path, ctx.requestId(), "too many calls of area " + area(path)
                    + " in flight", e, Reason.BULKHEAD_FULL);
        }
    }

    @PreDestroy
    void stop() {
        watchdog.shutdownNow();
    }

    /** Operations and tests: forget the current host (the primary is current again) and close every breaker. */
    public void resetHostState() {
        hosts.reset();
        CircuitBreakerMaintenance maintenance = CircuitBreakerMaintenance.get();
        breakerNames.forEach(maintenance::reset);
    }

    /** The host calls try first now. */
    public URI currentHost() {
        return settings.hosts().get(hosts.current());
    }

    private <C, R extends RongCloudResponse> R attempts(CallContext ctx, String path, UpstreamCallKind kind,
                                                        Class<C> api, BiFunction<C, String, R> call) {
        List<C> clients = clients(api, kind.timeoutClass());
        HostSelector.Plan plan = hosts.plan(kind.idempotent());
        try {
            int maxAttempts = kind.idempotent() ? Math.max(policy.maxAttempts(), 1) : settings.hosts().size();
            int attempt = 0;
            int skipped = 0;
            int sameHostRetries = 0;
            boolean sent = false;
            HostFailure last = null;
            for (int slot = 0; attempt < maxAttempts; slot++) {
                int hostIndex = plan.host(slot);
                URI host = settings.hosts().get(hostIndex);
                Duration timeout = policy.timeout(kind.timeoutClass());
                Duration left = remaining(ctx).orElse(null);
                if (left != null && (left.isNegative() || left.isZero())) {
                    throw deadline(ctx, path, host, sent, last);
                }
                boolean boundByDeadline = left != null && left.compareTo(timeout) < 0;
                Duration bound = boundByDeadline ? left : timeout;
                try {
                    R response = cast(breakers.get(hostIndex).get(() -> once(ctx, path, clients.get(hostIndex), host,
                            bound, boundByDeadline, call), RongCloudResponse.class));
                    if (hosts.succeeded(hostIndex, plan)) {
                        LOG.infof("RongCloud primary host %s answers again: it is current again", host);
                        observer.hostSwitched(settings.hosts().get(plan.host(1)), host);
                    }
                    return response;
                } catch (CircuitBreakerOpenException open) {
                    if (++skipped >= settings.hosts().size()) {
                        observer.rejected(path, "circuit_open");
                        // DEBUG: the breaker's state change is logged (WARN) once; a refusal per call would flood
                        LOG.debugf("POST %s refused: every host's circuit breaker is open requestId=%s", path,
                                ctx.requestId());
                        throw new UpstreamUnavailableException(path, ctx.requestId(),
                                "circuit breaker open for every host", last, Reason.CIRCUIT_OPEN);
                    }
                    continue; // nothing was sent: try the next host, not an attempt
                } catch (HostFailure failure) {
                    skipped = 0;
                    attempt++;
                    sent |= failure.outcome != Outcome.CONNECT_FAILURE;
                    last = failure;
                    if (hosts.failed(hostIndex, plan)) {
                        URI next = settings.hosts().get(hosts.current());
                        LOG.warnf("RongCloud host %s failed (%s): switching to %s", host, failure.outcome.tag(), next);
                        observer.hostSwitched(host, next);
                    }
                    if (failure.deadline) {
                        throw deadline(ctx, path, host, true, failure);
                    }
                    boolean retryable = kind.idempotent() || failure.outcome == Outcome.CONNECT_FAILURE;
                    if (!retryable || attempt >= maxAttempts) {
                        throw failure.toDomain(ctx, path, host, kind, attempt);
                    }
                    int nextHost = plan.host(slot + 1);
                    Duration pause = nextHost == hostIndex || attempt >= settings.hosts().size()
                            ? backoff(sameHostRetries++) : Duration.ZERO;
                    Duration leftNow = remaining(ctx).orElse(null);
                    if (leftNow != null && leftNow.compareTo(pause) <= 0) {
                        throw failure.toDomain(ctx, path, host, kind, attempt);
                    }
                    if (failure.outcome != Outcome.CONNECT_FAILURE && !retryBudget().acquire(ctx, path)) {
                        LOG.infof("POST %s host=%s %s, not retried: no rate budget left in time requestId=%s", path,
                                host.getHost(), failure.outcome.tag(), ctx.requestId());
                        throw failure.toDomain(ctx, path, host, kind, attempt);
                    }
                    URI to = settings.hosts().get(nextHost);
                    LOG.infof("POST %s host=%s %s, retrying on %s in %d ms requestId=%s", path, host.getHost(),
                            failure.outcome.tag(), to.getAuthority(), pause.toMillis(), ctx.requestId());
                    observer.retry(path, host, to, failure.outcome);
                    sleep(pause);
                }
            }
            throw last == null ? new UpstreamUnavailableException(path, ctx.requestId(), "no host tried", null)
                    : last.toDomain(ctx, path, settings.hosts().get(plan.host(0)), kind, attempt);
        } finally {
            hosts.done(plan);
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> R cast(Object response) {
        return (R) response;
    }

    /**
     * One attempt on one host; host-level failures are thrown as {@link HostFailure} (counted by the breaker). When
     * it has ended, whatever the outcome, the quota grant it was sent under is settled ({@link UpstreamSettlement}).
     */
    private <C, R extends RongCloudResponse> R once(CallContext ctx, String path, C client, URI host, Duration bound,
                                                    boolean boundByDeadline, BiFunction<C, String, R> call) {
        try {
            return attempt(ctx, path, client, host, bound, boundByDeadline, call);
        } finally {
            requestEnded();
        }
    }

    private <C, R extends RongCloudResponse> R attempt(CallContext ctx, String path, C client, URI host, Duration bound,
                                                       boolean boundByDeadline, BiFunction<C, String, R> call) {
        long started = System.nanoTime();
        Alarm alarm = new Alarm(Thread.currentThread());
        alarm.arm(watchdog, bound);
        R response;
        try {
            response = call.apply(client, ctx.requestId());
        } catch (UpstreamHttpError e) {
            if (alarm.disarm()) {
                throw timeout(path, host, started, boundByDeadline, e);
            }
            long micros = micros(started);
            observe(path, host, e.code == null ? Outcome.NO_ENVELOPE : Outcome.RONGCLOUD_ERROR, e.code, started);
            if (e.code == null) {
                throw new HostFailure(Outcome.NO_ENVELOPE, "HTTP " + e.httpStatus + " without RongCloud's envelope",
                        null, e.httpStatus, null, e);
            }
            if (e.httpStatus >= 500) {
                throw new HostFailure(Outcome.RONGCLOUD_ERROR, "HTTP " + e.httpStatus + " code " + e.code,
                        e.code, e.httpStatus, e.upstreamMessage, e);
            }
            LOG.warnf("POST %s host=%s http=%d code=%d %d µs requestId=%s", path, host.getHost(), e.httpStatus,
                    e.code, micros, ctx.requestId());
            throw new UpstreamException(path, e.code, e.httpStatus, e.upstreamMessage, ctx.requestId());
        } catch (RuntimeException e) {
            boolean fired = alarm.disarm();
            if (fired || isTimeout(e)) {
                throw timeout(path, host, started, fired && boundByDeadline, e);
            }
            Outcome outcome = isConnectFailure(e) ? Outcome.CONNECT_FAILURE : Outcome.IO_FAILURE;
            observe(path, host, outcome, null, started);
            throw new HostFailure(outcome, describe(e), null, 0, null, e);
        }
        if (alarm.disarm()) {
            // answered just as the watchdog fired: keep the answer (the interrupt was cleared)
            LOG.debugf("POST %s answered as its timeout fired", path);
        }
        long micros = micros(started);
        if (response == null || response.code() == null) {
            observe(path, host, Outcome.NO_ENVELOPE, null, started);
            throw new HostFailure(Outcome.NO_ENVELOPE, "answer without RongCloud's envelope", null, 200, null, null);
        }
        observe(path, host, response.code() == RongCloudCode.SUCCESS ? Outcome.SUCCESS : Outcome.RONGCLOUD_ERROR,
                response.code(), started);
        if (response.code() != RongCloudCode.SUCCESS) {
            LOG.warnf("POST %s host=%s http=200 code=%d %d µs requestId=%s", path, host.getHost(),
                    response.code(), micros, ctx.requestId());
            throw new UpstreamException(path, response.code(), 200, response.errorMessage(), ctx.requestId());
        }
        LOG.infof("POST %s host=%s code=200 %d µs requestId=%s", path, host.getHost(), micros, ctx.requestId());
        return response;
    }

    private HostFailure timeout(String path, URI host, long started, boolean deadline, Throwable cause) {
        observe(path, host, Outcome.TIMEOUT, null, started);
        HostFailure failure = new HostFailure(Outcome.TIMEOUT, "no answer within " + (micros(started) / 1000) + " ms",
                null, 0, null, cause);
        failure.deadline = deadline;
        return failure;
    }

    private DeadlineExceededException deadline(CallContext ctx, String path, URI host, boolean sent, Throwable cause) {
        LOG.warnf("POST %s host=%s deadline exceeded (sent=%s) requestId=%s", path, host.getHost(), sent,
                ctx.requestId());
        DeadlineExceededException e = new DeadlineExceededException(path, ctx.requestId(), sent,
                sent ? "waiting for RongCloud's answer" : "before sending");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    private void requestEnded() {
        try {
            if (settlement != null && settlement.isResolvable()) {
                settlement.get().requestEnded();
            }
        } catch (RuntimeException ignored) {
            // settling a grant must not change the call's outcome
        }
    }

    private RetryBudget retryBudget() {
        return retryBudget != null && retryBudget.isResolvable() ? retryBudget.get() : RetryBudget.NONE;
    }

    private Duration backoff(int retry) {
        long cap = Math.min(policy.maxBackoff().toMillis(), policy.backoff().toMillis() << Math.min(retry, 20));
        long half = cap / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(cap - half + 1));
    }

    private static void sleep(Duration pause) {
        if (pause.isZero()) {
            return;
        }
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Duration> remaining(CallContext ctx) {
        return ctx.remaining(Instant.now()).map(r -> r.minus(policy.deadlineReserve()));
    }

    /** The bulkhead's area: the path's first segment ("/user/getToken.json" → "user"). */
    static String area(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        int slash = p.indexOf('/');
        String first = slash < 0 ? p : p.substring(0, slash);
        return first.endsWith(".json") ? first.substring(0, first.length() - 5) : first;
    }

    private void breakerChanged(URI host, String state) {
        LOG.warnf("RongCloud host %s: circuit breaker %s", host, state);
        try {
            observer.breakerState(host, state);
        } catch (RuntimeException e) {
            LOG.debugf(e, "upstream observer failed for breaker of %s", host);
        }
    }

    @SuppressWarnings("unchecked")
    private <C> List<C> clients(Class<C> api, TimeoutClass timeoutClass) {
        return (List<C>) clientsByApi.computeIfAbsent(api.getName() + "#" + timeoutClass,
                key -> build(api, policy.timeout(timeoutClass)));
    }

    private <C> List<C> build(Class<C> api, Duration readTimeout) {
        SigningFilter signing = new SigningFilter(settings.appKey(), settings.appSecret(), Clock.systemUTC());
        List<C> clients = new ArrayList<>();
        for (URI host : settings.hosts()) {
            QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(host)
                    .connectTimeout(Math.min(settings.connectTimeout().toMillis(), readTimeout.toMillis()),
                            TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .property(QuarkusRestClientProperties.CONNECTION_TTL, CONNECTION_TTL_SECONDS)
                    .disableDefaultMapper(true)
                    .register(signing)
                    .register(UpstreamErrorMapper.class);
            if (customizers != null) {
                customizers.forEach(c -> c.customize(builder));
            }
            clients.add(builder.build(api));
        }
        return List.copyOf(clients);
    }

    private void observe(String path, URI host, Outcome outcome, Integer code, long startedNanos) {
        try {
            observer.attempt(path, host, outcome, code, Duration.ofNanos(System.nanoTime() - startedNanos));
        } catch (RuntimeException e) {
            LOG.debugf(e, "upstream observer failed for %s", path);
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || t instanceof TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static long micros(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000;
    }

    /**
     * Interrupts the calling thread when an attempt outlives its bound (the blocking REST client call then fails
     * with an InterruptedException inside a ProcessingException). {@link #disarm()} clears a delivered interrupt.
     */
    private static final class Alarm {
        private final Thread thread;
        private ScheduledFuture<?> task;
        private boolean done;
        private boolean fired;

        Alarm(Thread thread) {
            this.thread = thread;
        }

        void arm(ScheduledExecutorService scheduler, Duration after) {
            task = scheduler.schedule(this::fire, Math.max(after.toMillis(), 1), TimeUnit.MILLISECONDS);
        }

        private synchronized void fire() {
            if (!done) {
                fired = true;
                thread.interrupt();
            }
        }

        /** Stops the alarm; true when it had fired (the thread's interrupt flag is cleared then). */
        synchronized boolean disarm() {
            if (done) {
                return fired;
            }
            done = true;
            task.cancel(false);
            if (fired) {
                Thread.interrupted();
            }
            return fired;
        }
    }

    /** A host-level failure of one attempt: counted by the host's breaker, may warrant failover and a retry. */
    static final class HostFailure extends RuntimeException {
        final Outcome outcome;
        final Integer code;
        final int httpStatus;
        final String upstreamMessage;
        boolean deadline;

        HostFailure(Outcome outcome, String message, Integer code, int httpStatus, String upstreamMessage,
                    Throwable cause) {
            super(message, cause, false, false);
            this.outcome = outcome;
            this.code = code;
            this.httpStatus = httpStatus;
            this.upstreamMessage = upstreamMessage;
        }

        RuntimeException toDomain(CallContext ctx, String path, URI host, UpstreamCallKind kind, int attempts) {
            if (code != null) {
                LOG.warnf("POST %s host=%s http=%d code=%d after %d attempt(s) requestId=%s", path, host.getHost(),
                        httpStatus, code, attempts, ctx.requestId());
                return new UpstreamException(path, code, httpStatus, upstreamMessage, ctx.requestId());
            }
            String reason = getMessage() + " after " + attempts + " attempt(s)"
                    + (outcome != Outcome.CONNECT_FAILURE && !kind.idempotent()
                    ? "; not retried: RongCloud may have processed it" : "");
            LOG.warnf("POST %s host=%s unavailable: %s requestId=%s", path, host.getHost(), reason, ctx.requestId());
            return new UpstreamUnavailableException(path, ctx.requestId(), reason, this);
        }
    }
}
