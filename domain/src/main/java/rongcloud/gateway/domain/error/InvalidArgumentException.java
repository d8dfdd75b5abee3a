package rongcloud.gateway.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/** The request breaks documented limits; raised before any upstream call. */
public final class InvalidArgumentException extends GatewayException {
    private final List<FieldViolation> violations;

    public InvalidArgumentException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.description()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
