package rongcloud.emulator;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One API request as the emulator saw it, with the answer it got.
 *
 * @param headers request headers, names case-insensitive
 * @param params  form fields or top-level JSON fields (array elements as several values)
 */
public record RecordedRequest(Instant receivedAt, String method, String path, String requestId,
                              Map<String, List<String>> headers, Map<String, List<String>> params, String body,
                              int httpStatus, int code) {
  public RecordedRequest {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    params = Map.copyOf(params);
  }

  /** The first value of a header (any case), or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first value of a parameter, or null. */
  public String param(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** Every value of a parameter, in order. */
  public List<String> params(String name) {
    return params.getOrDefault(name, List.of());
  }
}
