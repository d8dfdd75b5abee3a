package rongcloud.gateway.domain.sensitiveword;

import java.util.Objects;
import java.util.Optional;

/** A listed sensitive word: its replacement (empty for a blocking word) and type. */
public record SensitiveWord(String word, Optional<String> replaceWord, SensitiveWordType type) {
    public SensitiveWord {
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(replaceWord, "replaceWord");
        Objects.requireNonNull(type, "type");
    }
}
