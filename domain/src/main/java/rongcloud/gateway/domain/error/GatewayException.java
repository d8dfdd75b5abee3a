package rongcloud.gateway.domain.error;

/** Root of the failures the gateway reports to its callers; each subtype maps to one kind of status. */
public abstract class GatewayException extends RuntimeException {
    protected GatewayException(String message) {
        super(message);
    }

    protected GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
