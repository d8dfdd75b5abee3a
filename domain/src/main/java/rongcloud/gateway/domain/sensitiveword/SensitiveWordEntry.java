package rongcloud.gateway.domain.sensitiveword;

import java.util.Objects;
import java.util.Optional;

/** A word to add; without a replacement it blocks, with one it is replaced. Validated by the commands. */
public record SensitiveWordEntry(String word, Optional<String> replaceWord) {
    public SensitiveWordEntry {
        Objects.requireNonNull(replaceWord, "replaceWord");
    }

    /** An empty {@code replaceWord} means "block". */
    public static SensitiveWordEntry of(String word, String replaceWord) {
        return new SensitiveWordEntry(word, Optional.ofNullable(replaceWord).filter(s -> !s.isEmpty()));
    }

    public SensitiveWordType type() {
        return replaceWord.isPresent() ? SensitiveWordType.REPLACE : SensitiveWordType.BLOCK;
    }
}
