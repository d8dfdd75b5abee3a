package rongcloud.emulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a successful answer; the envelope adds {@code "code":200} in front. */
public final class Reply {
  private final Map<String, Object> fields = new LinkedHashMap<>();

  private Reply() {}

  public static Reply ok() {
    return new Reply();
  }

  public Reply with(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  public Map<String, Object> fields() {
    return Collections.unmodifiableMap(fields);
  }
}
