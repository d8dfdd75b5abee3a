package rongcloud.emulator;

/** A RongCloud error answer: {@code {"code":code,"errorMessage":message}} with {@link #httpStatus()}. */
public final class ApiException extends RuntimeException {
  private final int code;
  private final int httpStatus;

  public ApiException(int code, String message) {
    this(code, Codes.httpStatus(code), message);
  }

  public ApiException(int code, int httpStatus, String message) {
    super(message, null, false, false);
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** 1002: a parameter is missing or invalid. */
  public static ApiException param(String message) {
    return new ApiException(Codes.PARAM_ERROR, message);
  }

  /** 1005: a parameter is longer than allowed. */
  public static ApiException tooLong(String message) {
    return new ApiException(Codes.PARAM_TOO_LONG, message);
  }

  public int code() {
    return code;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
