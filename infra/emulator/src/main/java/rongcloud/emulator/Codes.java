package rongcloud.emulator;

import java.util.Map;

/** RongCloud business codes (common.yaml status_codes.business) and the HTTP status each comes with. */
public final class Codes {
  public static final int OK = 200;
  public static final int NOT_FOUND = 404;
  /** Not in the catalog: the emulator's choice for a non-POST request to an API path (HTTP 405). */
  public static final int METHOD_NOT_ALLOWED = 405;
  public static final int INTERNAL_ERROR = 1000;
  public static final int APP_KEY_INVALID = 1001;
  public static final int PARAM_ERROR = 1002;
  public static final int NO_POST_DATA = 1003;
  public static final int SIGNATURE_FAILED = 1004;
  public static final int PARAM_TOO_LONG = 1005;
  public static final int APP_LOCKED = 1006;
  public static final int METHOD_RESTRICTED = 1007;
  public static final int RATE_LIMITED = 1008;
  public static final int SERVICE_NOT_ENABLED = 1009;
  public static final int DATA_NOT_FOUND = 1015;
  public static final int TOO_MANY_KEEPALIVE_CHATROOMS = 1016;
  public static final int INTERNAL_TIMEOUT = 1050;
  public static final int DEV_USER_CAP_REACHED = 2007;

  private static final Map<Integer, Integer> HTTP_STATUS = Map.ofEntries(
      Map.entry(OK, 200), Map.entry(NOT_FOUND, 404), Map.entry(METHOD_NOT_ALLOWED, 405),
      Map.entry(INTERNAL_ERROR, 500), Map.entry(APP_KEY_INVALID, 401), Map.entry(PARAM_ERROR, 400),
      Map.entry(NO_POST_DATA, 400), Map.entry(SIGNATURE_FAILED, 401), Map.entry(PARAM_TOO_LONG, 400),
      Map.entry(APP_LOCKED, 401), Map.entry(METHOD_RESTRICTED, 401), Map.entry(RATE_LIMITED, 429),
      Map.entry(SERVICE_NOT_ENABLED, 430), Map.entry(DATA_NOT_FOUND, 200),
      Map.entry(TOO_MANY_KEEPALIVE_CHATROOMS, 403), Map.entry(INTERNAL_TIMEOUT, 504),
      Map.entry(DEV_USER_CAP_REACHED, 403));

  private Codes() {}

  /** The HTTP status RongCloud sends with {@code code}; 400 for codes the table does not list (a choice). */
  public static int httpStatus(int code) {
    return HTTP_STATUS.getOrDefault(code, 400);
  }
}
