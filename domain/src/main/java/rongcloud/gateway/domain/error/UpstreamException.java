package rongcloud.gateway.domain.error;

/** RongCloud answered with a business code other than 200. */
public final class UpstreamException extends GatewayException {
    private final String path;
    private final int code;
    private final int httpStatus;
    private final String upstreamMessage;
    private final String requestId;

    public UpstreamException(String path, int code, int httpStatus, String upstreamMessage, String requestId) {
        super("RongCloud " + path + " answered code " + code + " (HTTP " + httpStatus + "): " + upstreamMessage);
        this.path = path;
        this.code = code;
        this.httpStatus = httpStatus;
        this.upstreamMessage = upstreamMessage == null ? "" : upstreamMessage;
        this.requestId = requestId;
    }

    public String path() { return path; }
    public int code() { return code; }
    public int httpStatus() { return httpStatus; }
    public String upstreamMessage() { return upstreamMessage; }
    public String requestId() { return requestId; }

    public UpstreamErrorKind kind() {
        return RongCloudCode.kindOf(code);
    }
}
