package rongcloud.gateway.adapter.out.rest;

/** An HTTP error status from RongCloud, with its envelope when the body had one. */
final class UpstreamHttpError extends RuntimeException {
    final int httpStatus;
    final Integer code;
    final String upstreamMessage;

    UpstreamHttpError(int httpStatus, Integer code, String upstreamMessage) {
        super("HTTP " + httpStatus + (code == null ? "" : " code " + code), null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
        this.upstreamMessage = upstreamMessage;
    }
}
