package rongcloud.gateway.adapter.out.rest;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.client.api.QuarkusRestClientProperties;
import rongcloud.gateway.domain.CallContext;
import rongcloud.gateway.domain.error.RongCloudCode;
import rongcloud.gateway.domain.error.UpstreamException;
import rongcloud.gateway.domain.error.UpstreamUnavailableException;
import rongcloud.gateway.adapter.out.rest.UpstreamObserver.Outcome;

/**
 * The one way an area adapter calls RongCloud: picks the host, sends the signed request with the call's
 * X-Request-ID, checks the envelope's code on every answer (RongCloud reports some errors with HTTP 200),
 * turns failures into domain exceptions and logs the outcome (never secrets or signatures).
 *
 * <p>Host failover here is limited to connection failures, where the request certainly did not reach
 * RongCloud, so it is safe for every operation: the other host is tried and becomes the preferred one.
 */
@ApplicationScoped
public class RongCloudInvoker {
    private static final Logger LOG = Logger.getLogger("rongcloud.gateway.upstream");
    private static final int CONNECTION_TTL_SECONDS = 50; // RongCloud: keep idle connections under 55 s

    private final RongCloudSettings settings;
    private final Map<Class<?>, List<?>> clientsByApi = new ConcurrentHashMap<>();
    private final AtomicInteger preferredHost = new AtomicInteger();
    private final UpstreamObserver observer;
    /** CDI: builder hooks of infra (outbound TLS); none outside CDI. */
    @Inject
    Instance<UpstreamClientCustomizer> customizers;

    public RongCloudInvoker(RongCloudSettings settings) {
        this(settings, UpstreamObserver.NONE);
    }

    public RongCloudInvoker(RongCloudSettings settings, UpstreamObserver observer) {
        this.settings = settings;
        this.observer = observer;
    }

    /** CDI: observed by the deployed {@link UpstreamObserver}, if any (infra's metrics). */
    @Inject
    RongCloudInvoker(RongCloudSettings settings, Instance<UpstreamObserver> observer) {
        this(settings, observer.isResolvable() ? observer.get() : UpstreamObserver.NONE);
    }

    /**
     * Calls one endpoint.
     *
     * @param ctx  the caller's context (its request id is sent as X-Request-ID)
     * @param path the upstream path, for logs and errors
     * @param api  the REST client interface of the area
     * @param call invokes the client method, given the client and the request id
     */
    public <C, R extends RongCloudResponse> R call(CallContext ctx, String path, Class<C> api,
                                                   BiFunction<C, String, R> call) {
        List<C> clients = clients(api);
        int first = preferredHost.get();
        RuntimeException lastFailure = null;
        for (int attempt = 0; attempt < clients.size(); attempt++) {
            int hostIndex = (first + attempt) % clients.size();
            URI host = settings.hosts().get(hostIndex);
            long started = System.nanoTime();
            try {
                R response = call.apply(clients.get(hostIndex), ctx.requestId());
                long micros = micros(started);
                if (response == null || response.code() == null) {
                    observe(path, host, Outcome.NO_ENVELOPE, null, started);
                    throw unavailable(ctx, path, host, micros, "answer without RongCloud's envelope", null);
                }
                observe(path, host, response.code() == RongCloudCode.SUCCESS ? Outcome.SUCCESS : Outcome.RONGCLOUD_ERROR,
                        response.code(), started);
                if (response.code() != RongCloudCode.SUCCESS) {
                    LOG.warnf("POST %s host=%s http=200 code=%d %d µs requestId=%s", path, host.getHost(),
                            response.code(), micros, ctx.requestId());
                    throw new UpstreamException(path, response.code(), 200, response.errorMessage(), ctx.requestId());
                }
                LOG.infof("POST %s host=%s code=200 %d µs requestId=%s", path, host.getHost(), micros, ctx.requestId());
                if (attempt > 0) {
                    preferredHost.compareAndSet(first, hostIndex);
                    LOG.infof("RongCloud host %s is now preferred", host);
                }
                return response;
            } catch (UpstreamHttpError e) {
                long micros = micros(started);
                observe(path, host, e.code == null ? Outcome.NO_ENVELOPE : Outcome.RONGCLOUD_ERROR, e.code, started);
                if (e.code == null) {
                    throw unavailable(ctx, path, host, micros, "HTTP " + e.httpStatus + " without RongCloud's envelope", e);
                }
                LOG.warnf("POST %s host=%s http=%d code=%d %d µs requestId=%s", path, host.getHost(), e.httpStatus,
                        e.code, micros, ctx.requestId());
                throw new UpstreamException(path, e.code, e.httpStatus, e.upstreamMessage, ctx.requestId());
            } catch (ProcessingException e) {
                long micros = micros(started);
                observe(path, host, isConnectFailure(e) ? Outcome.CONNECT_FAILURE
                        : isTimeout(e) ? Outcome.TIMEOUT : Outcome.IO_FAILURE, null, started);
                if (isConnectFailure(e) && attempt + 1 < clients.size()) {
                    LOG.warnf("POST %s host=%s connection failed after %d µs, trying the next host requestId=%s",
                            path, host.getHost(), micros, ctx.requestId());
                    lastFailure = e;
                    continue;
                }
                throw unavailable(ctx, path, host, micros, describe(e), e);
            }
        }
        throw unavailable(ctx, path, settings.hosts().get(first), 0, "no host reachable", lastFailure);
    }

    private UpstreamUnavailableException unavailable(CallContext ctx, String path, URI host, long micros,
                                                     String reason, Throwable cause) {
        LOG.warnf("POST %s host=%s unavailable after %d µs: %s requestId=%s", path, host.getHost(), micros, reason,
                ctx.requestId());
        return new UpstreamUnavailableException(path, ctx.requestId(), reason, cause);
    }

    @SuppressWarnings("unchecked")
    private <C> List<C> clients(Class<C> api) {
        return (List<C>) clientsByApi.computeIfAbsent(api, this::build);
    }

    private <C> List<C> build(Class<C> api) {
        SigningFilter signing = new SigningFilter(settings.appKey(), settings.appSecret(), Clock.systemUTC());
        List<C> clients = new ArrayList<>();
        for (URI host : settings.hosts()) {
            QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                    .baseUri(host)
                    .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
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
}
