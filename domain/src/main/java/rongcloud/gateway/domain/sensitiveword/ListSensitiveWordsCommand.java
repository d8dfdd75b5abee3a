package rongcloud.gateway.domain.sensitiveword;

import java.util.Objects;
import java.util.Optional;

/** List the app's words of one type, or all of them when {@code type} is empty. */
public record ListSensitiveWordsCommand(Optional<SensitiveWordType> type) {
    public ListSensitiveWordsCommand {
        Objects.requireNonNull(type, "type");
    }
}
