package rongcloud.gateway.domain.error;

/**
 * The caller's deadline passed before RongCloud answered (or before anything could be sent). Whether a request
 * may have reached RongCloud is told by {@link #sentUpstream()}: when false, nothing was sent and retrying is safe.
 */
public final class DeadlineExceededException extends GatewayException {
    private final String path;
    private final String requestId;
    private final boolean sentUpstream;

    public DeadlineExceededException(String path, String requestId, boolean sentUpstream, String message) {
        super("RongCloud " + path + ": deadline exceeded " + message);
        this.path = path;
        this.requestId = requestId;
        this.sentUpstream = sentUpstream;
    }

    public String path() { return path; }
    public String requestId() { return requestId; }
    public boolean sentUpstream() { return sentUpstream; }
}
