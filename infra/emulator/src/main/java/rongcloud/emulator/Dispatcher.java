package rongcloud.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rongcloud.emulator.fault.Fault;
import rongcloud.emulator.fault.FaultType;

/** Turns HTTP exchanges into endpoint or admin calls and answers with RongCloud's envelope. */
final class Dispatcher implements HttpHandler {
  static final String ADMIN_PREFIX = "/_emulator";
  private static final String REQUEST_ID = "X-Request-ID";
  private final RongCloudEmulator emulator;
  private final Router router;
  private final RateLimiter limiter;
  private final RequestLog log;

  Dispatcher(RongCloudEmulator emulator, Router router, RateLimiter limiter, RequestLog log) {
    this.emulator = emulator;
    this.router = router;
    this.limiter = limiter;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      String requestId = exchange.getRequestHeaders().getFirst(REQUEST_ID);
      if (requestId == null || requestId.isBlank()) {
        requestId = UUID.randomUUID().toString();
      }
      String path = exchange.getRequestURI().getPath();
      byte[] body = exchange.getRequestBody().readAllBytes();
      if (path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/")) {
        admin(exchange, path.substring(ADMIN_PREFIX.length()), body, requestId);
      } else {
        api(exchange, path, body, requestId);
      }
    } finally {
      exchange.close();
    }
  }

  private void api(HttpExchange exchange, String path, byte[] body, String requestId) throws IOException {
    Fault fault = emulator.faults().take(path).orElse(null);
    if (fault != null && fault.type() == FaultType.LATE_ARRIVAL) {
      pause(fault.delay().toMillis()); // the request "arrives" now: received, counted and processed from here
      fault = null;
    }
    Instant receivedAt = emulator.clock().now();
    if (fault != null && !fault.type().reachesHandler()) {
      injected(exchange, path, body, requestId, receivedAt, fault);
      return;
    }
    Endpoint endpoint = router.endpoint(path);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    Params params = Params.empty();
    ApiException bodyError = null;
    if (endpoint != null) {
      try {
        params = Params.parse(endpoint.body(), contentType, body);
      } catch (ApiException e) {
        bodyError = e;
      }
    }
    int status;
    Map<String, Object> answer = new LinkedHashMap<>();
    try {
      Reply reply = call(exchange, path, endpoint, params, bodyError);
      status = 200;
      answer.put("code", Codes.OK);
      answer.putAll(reply.fields());
    } catch (ApiException e) {
      status = e.httpStatus();
      answer = error(e.code(), e.getMessage());
    } catch (RuntimeException e) {
      status = 500;
      answer = error(Codes.INTERNAL_ERROR, "internal error: " + e);
    }
    log.record(new RecordedRequest(receivedAt, exchange.getRequestMethod(), path, requestId,
        exchange.getRequestHeaders(), params.asMap(), new String(body, StandardCharsets.UTF_8), status,
        (Integer) answer.get("code")));
    if (fault == null) {
      send(exchange, status, answer, requestId);
    } else {
      sendSpoiled(exchange, status, answer, requestId, fault);
    }
  }

  /** A fault that answers instead of the handler: the request is recorded (it reached the host) but not processed. */
  private void injected(HttpExchange exchange, String path, byte[] body, String requestId, Instant receivedAt,
                        Fault fault) throws IOException {
    int status = switch (fault.type()) {
      case HTTP_ERROR -> fault.httpStatus();
      case RATE_LIMITED -> 429;
      case MALFORMED_JSON -> 200;
      default -> 0; // reset: no answer at all
    };
    int code = switch (fault.type()) {
      case HTTP_ERROR -> fault.code();
      case RATE_LIMITED -> Codes.RATE_LIMITED;
      case MALFORMED_JSON -> Codes.OK;
      default -> 0;
    };
    log.record(new RecordedRequest(receivedAt, exchange.getRequestMethod(), path, requestId,
        exchange.getRequestHeaders(), Map.of(), new String(body, StandardCharsets.UTF_8), status, code));
    switch (fault.type()) {
      case HTTP_ERROR -> send(exchange, status, error(code, "injected fault: HTTP " + status), requestId);
      case RATE_LIMITED -> send(exchange, status, error(code, "injected fault: too many requests"), requestId);
      case MALFORMED_JSON -> {
        byte[] bytes = "{\"code\":200,\"tok".getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set(REQUEST_ID, requestId);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
      default -> {
        // RESET: closing the exchange before any response headers closes the connection
      }
    }
  }

  /** A fault that spoils the handler's answer: held back (latency) or trickled out (slow body). */
  private static void sendSpoiled(HttpExchange exchange, int status, Object answer, String requestId, Fault fault)
      throws IOException {
    if (fault.type() == FaultType.LATENCY) {
      pause(fault.delay().toMillis());
      send(exchange, status, answer, requestId);
      return;
    }
    byte[] bytes = Json.bytes(answer);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set(REQUEST_ID, requestId);
    exchange.sendResponseHeaders(status, bytes.length);
    int chunks = Math.min(bytes.length, 10);
    long pause = fault.delay().toMillis() / chunks;
    for (int i = 0; i < chunks; i++) {
      int from = bytes.length * i / chunks;
      int to = bytes.length * (i + 1) / chunks;
      exchange.getResponseBody().write(bytes, from, to - from);
      exchange.getResponseBody().flush();
      if (i + 1 < chunks) {
        pause(pause);
      }
    }
  }

  private static void pause(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("emulator stopping", e);
    }
  }

  private Reply call(HttpExchange exchange, String path, Endpoint endpoint, Params params, ApiException bodyError) {
    if (endpoint == null) {
      throw new ApiException(Codes.NOT_FOUND, "path not found: " + path);
    }
    if (!exchange.getRequestMethod().equals("POST")) {
      throw new ApiException(Codes.METHOD_NOT_ALLOWED, "method " + exchange.getRequestMethod()
          + " not allowed: the Server API only accepts POST");
    }
    Signing.verify(exchange.getRequestHeaders(), emulator.appKey(), emulator.appSecret(), emulator.clock());
    if (bodyError != null) {
      throw bodyError;
    }
    if (!limiter.tryAcquire(path, endpoint.quota().cost().applyAsInt(params))) {
      throw new ApiException(Codes.RATE_LIMITED, "too many requests: rate limit of " + path + " exceeded");
    }
    return endpoint.handler().handle(params);
  }

  private void admin(HttpExchange exchange, String path, byte[] body, String requestId) throws IOException {
    Object answer;
    int status = 200;
    try {
      answer = adminCall(exchange, path, body);
    } catch (ApiException e) {
      status = e.httpStatus();
      answer = error(e.code(), e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      status = 400;
      answer = error(400, e.getMessage());
    }
    send(exchange, status, answer, requestId);
  }

  private Object adminCall(HttpExchange exchange, String path, byte[] body) {
    List<Router.AdminRoute> routes = router.adminRoutes(path);
    if (routes.isEmpty()) {
      throw AdminRequest.notFound("no admin route " + ADMIN_PREFIX + path);
    }
    String method = exchange.getRequestMethod();
    Router.AdminRoute route = routes.stream().filter(r -> r.method().equals(method)).findFirst()
        .orElseThrow(() -> AdminRequest.error(405, "method " + method + " not allowed on " + ADMIN_PREFIX + path));
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      parameters.putAll(Params.parseForm(query));
    }
    if (BodyKind.FORM.accepts(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      Params.parseForm(new String(body, StandardCharsets.UTF_8)).forEach(parameters::putIfAbsent);
    }
    return route.handler().handle(new AdminRequest(method, route.match(path).orElseThrow(), parameters));
  }

  private static Map<String, Object> error(int code, String message) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("code", code);
    answer.put("errorMessage", message);
    return answer;
  }

  private static void send(HttpExchange exchange, int status, Object answer, String requestId) throws IOException {
    byte[] bytes = Json.bytes(answer);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set(REQUEST_ID, requestId);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }
}
