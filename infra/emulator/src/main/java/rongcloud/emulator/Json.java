package rongcloud.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** The emulator's one Jackson mapper. */
public final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** {@code value} as JSON text, e.g. for fields that carry a JSON document in a string. */
  public static String text(Object value) {
    return new String(bytes(value), java.nio.charset.StandardCharsets.UTF_8);
  }

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
