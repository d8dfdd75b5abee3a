package rongcloud.gateway.domain.sensitiveword;

import rongcloud.gateway.domain.validation.Check;

/** Remove one word. */
public record RemoveSensitiveWordCommand(String word) {
    public RemoveSensitiveWordCommand {
        Check.request().chars("word", word, true, SensitiveWordLimits.WORD_MAX_CHARS).validate();
    }
}
