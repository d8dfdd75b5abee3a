package rongcloud.gateway.application.port.out.quota;

/** The quota store could not be reached or did not answer in time; the gate falls back to local enforcement. */
public class QuotaStoreUnavailableException extends RuntimeException {
    public QuotaStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
