package rongcloud.gateway.domain.error;

/** RongCloud could not be reached, timed out, or answered something that is not its API. */
public final class UpstreamUnavailableException extends GatewayException {
    private final String path;
    private final String requestId;

    public UpstreamUnavailableException(String path, String requestId, String message, Throwable cause) {
        super("RongCloud " + path + " unavailable: " + message, cause);
        this.path = path;
        this.requestId = requestId;
    }

    public String path() { return path; }
    public String requestId() { return requestId; }
}
