package rongcloud.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import rongcloud.emulator.chatroom.ChatroomEndpoints;
import rongcloud.emulator.conversation.ConversationEndpoints;
import rongcloud.emulator.entrustgroup.EntrustGroupEndpoints;
import rongcloud.emulator.friend.FriendEndpoints;
import rongcloud.emulator.fault.FaultInjector;
import rongcloud.emulator.group.GroupEndpoints;
import rongcloud.emulator.group.GroupMuteEndpoints;
import rongcloud.emulator.message.MessageEndpoints;
import rongcloud.emulator.push.PushEndpoints;
import rongcloud.emulator.sensitiveword.SensitiveWordEndpoints;
import rongcloud.emulator.system.SystemEndpoints;
import rongcloud.emulator.ultragroup.UltraGroupEndpoints;
import rongcloud.emulator.user.UserEndpoints;
import rongcloud.emulator.userlists.UserListEndpoints;
import rongcloud.emulator.userprofile.UserProfileEndpoints;

/**
 * An in-memory RongCloud IM Server API on 127.0.0.1: checks signatures and parameters, keeps state, enforces
 * the per-endpoint rate limits and answers with RongCloud's envelope and codes. Admin routes under /_emulator.
 */
public final class RongCloudEmulator implements AutoCloseable {
  /** The API areas; adding an area is one line here. Order matters: later areas may use earlier states. */
  private static final List<Supplier<ApiArea>> AREAS = List.of(
      UserEndpoints::new,
      UserListEndpoints::new,
      UserProfileEndpoints::new,
      FriendEndpoints::new,
      GroupEndpoints::new,
      GroupMuteEndpoints::new,
      EntrustGroupEndpoints::new,
      MessageEndpoints::new,
      ConversationEndpoints::new,
      SystemEndpoints::new,
      UltraGroupEndpoints::new,
      ChatroomEndpoints::new,
      SensitiveWordEndpoints::new,
      PushEndpoints::new);
  private static final int THREADS = 32;

  static {
    // The JDK HTTP server leaves Nagle's algorithm on unless told otherwise: with a client that keeps its
    // connections open (the gateway does), every answer then waits ~40-50 ms for a delayed ACK. Read once, when
    // the server classes load, so it must be set before the first server is created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final EmulatorOptions options;
  private final EmulatorClock clock = new EmulatorClock();
  private final EmulatorContext context;
  private final RequestLog requests = new RequestLog();
  private final RateLimiter limiter;
  private final FaultInjector faults = new FaultInjector();
  private final HttpServer server;
  private final ExecutorService executor;
  private volatile String appSecret;

  private RongCloudEmulator(EmulatorOptions options) throws IOException {
    this.options = options;
    this.appSecret = options.appSecret();
    this.context = new EmulatorContext(options, clock);
    this.limiter = new RateLimiter(clock, options.dataCenterZone(), options.enforceRateLimits());
    Router router = new Router(limiter);
    installAdmin(router);
    faults.install(router);
    AREAS.forEach(area -> area.get().install(context, router));
    AtomicInteger threadCount = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "rongcloud-emulator-" + threadCount.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port()), 0);
    server.createContext("/", new Dispatcher(this, router, limiter, requests));
    server.setExecutor(executor);
    server.start();
  }

  public static RongCloudEmulator start(EmulatorOptions options) {
    try {
      return new RongCloudEmulator(options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the RongCloud emulator on port " + options.port(), e);
    }
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String appKey() {
    return options.appKey();
  }

  public String appSecret() {
    return appSecret;
  }

  public EmulatorOptions options() {
    return options;
  }

  /** Like refreshing the App Secret in the console: old signatures fail (401/1004), earlier tokens become invalid. */
  public void rotateSecret(String newSecret) {
    EmulatorOptions.requireText(newSecret, "newSecret");
    appSecret = newSecret;
    context.states().forEach(state -> state.secretRotated(clock.now()));
  }

  public EmulatorClock clock() {
    return clock;
  }

  public RequestLog requests() {
    return requests;
  }

  /** Overrides the limit of the first rule of the budget {@code path} belongs to (until {@link #reset}). */
  public void setRateLimit(String path, int limit) {
    limiter.override(path, limit);
  }

  /** The faults injected into this instance (admin routes under /_emulator/faults). */
  public FaultInjector faults() {
    return faults;
  }

  /** Forgets all area state, recorded requests, injected faults, rate-limit windows and overrides, and the clock offset (the secret stays). */
  public void reset() {
    requests.clear();
    faults.clear();
    limiter.reset();
    clock.reset();
    context.states().forEach(AreaState::reset);
  }

  /** An area's state, e.g. {@code state(UserState.class)}. */
  public <T> T state(Class<T> areaState) {
    return context.state(areaState);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void installAdmin(Router router) {
    Map<String, Object> ok = Map.of("code", Codes.OK);
    router.admin("POST", "/reset", q -> {
      reset();
      return ok;
    });
    router.admin("GET", "/requests", q -> Map.of("count",
        q.param("path") == null ? requests.total() : requests.count(q.param("path"))));
    router.admin("GET", "/clock", q -> Map.of("now", clock.now().toString(), "epochMillis", clock.now().toEpochMilli()));
    router.admin("POST", "/clock/advance", q -> {
      clock.advance(q.param("millis") != null ? Duration.ofMillis(q.longParam("millis"))
          : Duration.ofSeconds(q.longParam("seconds")));
      return Map.of("code", Codes.OK, "now", clock.now().toString());
    });
    router.admin("POST", "/secret", q -> {
      rotateSecret(q.requiredParam("secret"));
      return ok;
    });
    router.admin("GET", "/rate-limits", q -> limiter.table());
    router.admin("PUT", "/rate-limits", q -> {
      limiter.override(q.requiredParam("path"), Math.toIntExact(q.longParam("limit")));
      return ok;
    });
  }
}
