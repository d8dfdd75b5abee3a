package rongcloud.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Where areas register API endpoints (signed, POST) and admin routes (unsigned, under /_emulator). */
public final class Router {
  private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
  private final List<AdminRoute> adminRoutes = new ArrayList<>();
  private final RateLimiter limiter;

  Router(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /** Registers a POST endpoint at its RongCloud path, e.g. {@code /user/getToken.json}. */
  public void post(String path, BodyKind body, Quota quota, EndpointHandler handler) {
    if (endpoints.putIfAbsent(path, new Endpoint(path, body, quota, handler)) != null) {
      throw new IllegalStateException("endpoint registered twice: " + path);
    }
    limiter.register(path, quota);
  }

  /** Registers an admin route; {@code template} is relative to /_emulator and may hold {name} segments. */
  public void admin(String method, String template, AdminHandler handler) {
    adminRoutes.add(new AdminRoute(method, template.split("/"), handler));
  }

  Endpoint endpoint(String path) {
    return endpoints.get(path);
  }

  /** The route for {@code path} (relative to /_emulator) with any method, or empty. */
  List<AdminRoute> adminRoutes(String path) {
    return adminRoutes.stream().filter(r -> r.match(path).isPresent()).toList();
  }

  record AdminRoute(String method, String[] segments, AdminHandler handler) {
    Optional<Map<String, String>> match(String path) {
      String[] parts = path.split("/");
      if (parts.length != segments.length) {
        return Optional.empty();
      }
      Map<String, String> variables = new LinkedHashMap<>();
      for (int i = 0; i < parts.length; i++) {
        String segment = segments[i];
        if (segment.startsWith("{") && segment.endsWith("}")) {
          variables.put(segment.substring(1, segment.length() - 1), parts[i]);
        } else if (!segment.equals(parts[i])) {
          return Optional.empty();
        }
      }
      return Optional.of(variables);
    }
  }
}
