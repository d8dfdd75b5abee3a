package rongcloud.gateway.domain.error;

/**
 * One broken rule of a request.
 *
 * @param field       the request field as the caller names it (snake_case, dotted/indexed path, e.g. {@code user_ids[3]})
 * @param description what is wrong, in a sentence that names the limit
 */
public record FieldViolation(String field, String description) {
}
