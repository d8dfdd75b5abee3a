package rongcloud.gateway.domain.error;

/**
 * The gateway's own database cannot be reached or refused the write: nothing was stored (the transaction was
 * rolled back). Callers see UNAVAILABLE and may retry; calls that do not need the database are unaffected.
 */
public final class StoreUnavailableException extends GatewayException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
