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
    Instant receivedAt = emulator.clock().now();
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
    send(exchange, status, answer, requestId);
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
