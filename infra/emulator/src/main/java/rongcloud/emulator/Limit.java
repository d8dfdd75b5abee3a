package rongcloud.emulator;

import java.nio.charset.StandardCharsets;

/** A length limit on a string parameter, in UTF-8 bytes or in characters; over it answers 1005. */
public record Limit(int max, boolean inBytes) {
  public static final Limit NONE = new Limit(Integer.MAX_VALUE, false);

  public static Limit bytes(int max) {
    return new Limit(max, true);
  }

  public static Limit chars(int max) {
    return new Limit(max, false);
  }

  public void check(String name, String value) {
    if (max == Integer.MAX_VALUE) {
      return;
    }
    int length = inBytes ? value.getBytes(StandardCharsets.UTF_8).length : value.codePointCount(0, value.length());
    if (length > max) {
      throw ApiException.tooLong(name + " is too long: at most " + max + (inBytes ? " bytes" : " characters"));
    }
  }
}
