package rongcloud.gateway.domain.sensitiveword;

import java.util.Objects;
import java.util.Optional;
import rongcloud.gateway.domain.validation.Check;

/** List the app's words of one type, or all of them when {@code type} is empty. */
public record ListSensitiveWordsCommand(Optional<SensitiveWordType> type) {
    public ListSensitiveWordsCommand {
        Objects.requireNonNull(type, "type");
    }

    /** A type number this gateway does not know (a newer client's enum value): always a violation. */
    public static ListSensitiveWordsCommand unknownType(int number) {
        Check.request().violation("type", "unknown value " + number).validate();
        throw new IllegalStateException("unreachable");
    }
}
