package rongcloud.gateway.domain.sensitiveword;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import rongcloud.gateway.domain.validation.Check;

/** Add several words in one call; RongCloud fails the whole batch when the app's capacity would be exceeded. */
public record BatchAddSensitiveWordsCommand(List<SensitiveWordEntry> words) {
    public BatchAddSensitiveWordsCommand {
        Check check = Check.request();
        if (words == null || words.isEmpty()) {
            check.violation("words", "at least one word is required");
        } else {
            check.that(words.size() <= SensitiveWordLimits.BATCH_ADD_MAX_WORDS, "words",
                    "at most " + SensitiveWordLimits.BATCH_ADD_MAX_WORDS + " words per request, got " + words.size());
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                SensitiveWordEntry e = words.get(i);
                SensitiveWordChecks.entry(check, "words[" + i + "]", e);
                if (e != null && e.word() != null && !e.word().isBlank() && !seen.add(e.word())) {
                    check.violation("words[" + i + "].word", "duplicate word '" + e.word() + "'");
                }
            }
        }
        check.validate();
        words = List.copyOf(words);
    }
}
