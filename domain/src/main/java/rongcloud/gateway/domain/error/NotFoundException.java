package rongcloud.gateway.domain.error;

/** Something the gateway itself keeps (a mirrored group, a queued submission) does not exist. */
public final class NotFoundException extends GatewayException {
    private final String resource;

    public NotFoundException(String resource, String message) {
        super(message);
        this.resource = resource;
    }

    /** What was looked for, e.g. "submission" or "group". */
    public String resource() {
        return resource;
    }
}
