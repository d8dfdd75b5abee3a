package rongcloud.gateway.domain.error;

/** A request conflicts with what the gateway already stored, e.g. an idempotency key reused for another request. */
public final class ConflictException extends GatewayException {
    private final String reason;

    public ConflictException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Stable UPPER_SNAKE reason for ErrorInfo. */
    public String reason() {
        return reason;
    }
}
