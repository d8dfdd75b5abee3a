package rongcloud.emulator;

import java.util.List;
import java.util.Map;

/** An unsigned call under /_emulator/: path variables, and parameters from the query string or a form body. */
public record AdminRequest(String method, Map<String, String> pathVariables, Map<String, List<String>> parameters) {

  public String pathVariable(String name) {
    return pathVariables.get(name);
  }

  /** The first value of a query or form parameter, or null. */
  public String param(String name) {
    List<String> values = parameters.get(name);
    return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
  }

  public String requiredParam(String name) {
    String value = param(name);
    if (value == null) {
      throw badRequest(name + " is required");
    }
    return value;
  }

  public long longParam(String name) {
    String value = requiredParam(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw badRequest(name + " must be an integer, got: " + value);
    }
  }

  public boolean booleanParam(String name) {
    String value = requiredParam(name);
    if (!value.equals("true") && !value.equals("false")) {
      throw badRequest(name + " must be true or false, got: " + value);
    }
    return Boolean.parseBoolean(value);
  }

  /** An admin error: {@code {"code":status,"errorMessage":...}} with HTTP {@code status}. */
  public static ApiException error(int status, String message) {
    return new ApiException(status, status, message);
  }

  public static ApiException badRequest(String message) {
    return error(400, message);
  }

  public static ApiException notFound(String message) {
    return error(404, message);
  }
}
