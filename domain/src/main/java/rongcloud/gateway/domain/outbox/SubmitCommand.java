package rongcloud.gateway.domain.outbox;

import java.util.Objects;
import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/**
 * Queue one send. The send itself was validated by building its command (the same one the direct RPC uses);
 * {@code payload} is its serialized request, replayed by the delivery.
 *
 * @param kind           which send
 * @param idempotencyKey the caller's key, 1-128 chars of [A-Za-z0-9._:-]; a repeat returns the first submission
 * @param payload        the serialized request (opaque to the core), with the dedup key already set
 * @param requestHash    fingerprint of the caller's request, to refuse a key reused for a different request
 * @param dedupKey       the msgRandom in the payload
 */
public record SubmitCommand(SubmissionKind kind, String idempotencyKey, byte[] payload, String requestHash,
                            long dedupKey) {
    public static final int KEY_MAX_CHARS = 128;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]+");

    public SubmitCommand {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(requestHash, "requestHash");
        Check check = Check.request();
        if (idempotencyKey == null || idempotencyKey.isEmpty()) {
            check.violation("idempotency_key", "is required");
        } else {
            check.that(idempotencyKey.length() <= KEY_MAX_CHARS, "idempotency_key",
                    "must be at most " + KEY_MAX_CHARS + " characters");
            check.that(KEY.matcher(idempotencyKey).matches(), "idempotency_key",
                    "may only hold letters, digits and . _ : -");
        }
        check.validate();
    }
}
