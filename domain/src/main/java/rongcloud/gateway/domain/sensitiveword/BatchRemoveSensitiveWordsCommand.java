package rongcloud.gateway.domain.sensitiveword;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Remove up to 50 words in one call. */
public record BatchRemoveSensitiveWordsCommand(List<String> words) {
    public BatchRemoveSensitiveWordsCommand {
        Check check = Check.request();
        if (words == null || words.isEmpty()) {
            check.violation("words", "at least one word is required");
        } else {
            check.that(words.size() <= SensitiveWordLimits.BATCH_REMOVE_MAX_WORDS, "words",
                    "at most " + SensitiveWordLimits.BATCH_REMOVE_MAX_WORDS + " words per request, got " + words.size());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                String f = "words[" + i + "]";
                check.chars(f, words.get(i), true, SensitiveWordLimits.WORD_MAX_CHARS);
                if (words.get(i) != null && !words.get(i).isBlank() && !seen.add(words.get(i))) {
                    check.violation(f, "duplicate word '" + words.get(i) + "'");
                }
            }
        }
        check.validate();
        words = List.copyOf(words);
    }
}
