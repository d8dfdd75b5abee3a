package rongcloud.gateway.domain.sensitiveword;

import java.util.regex.Pattern;
import rongcloud.gateway.domain.validation.Check;

/** Rules shared by the sensitive-word commands. */
final class SensitiveWordChecks {
    /**
     * "Chinese characters, digits, letters": letters of any script (the filter supports Chinese, English,
     * Japanese, German, Russian, Korean and Arabic, whose letters may carry combining marks) and digits.
     */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private SensitiveWordChecks() {
    }

    static Check word(Check check, String field, String word) {
        check.chars(field, word, true, SensitiveWordLimits.WORD_MAX_CHARS);
        if (word != null && !word.isBlank() && !WORD.matcher(word).matches()) {
            check.violation(field, "only letters and digits are allowed");
        }
        return check;
    }

    static Check entry(Check check, String field, SensitiveWordEntry entry) {
        if (entry == null) {
            return check.violation(field, "is required");
        }
        word(check, field.isEmpty() ? "word" : field + ".word", entry.word());
        entry.replaceWord().ifPresent(r -> check.chars(field.isEmpty() ? "replace_word" : field + ".replace_word",
                r, false, SensitiveWordLimits.REPLACE_WORD_MAX_CHARS));
        return check;
    }
}
