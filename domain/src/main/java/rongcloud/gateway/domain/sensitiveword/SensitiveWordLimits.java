package rongcloud.gateway.domain.sensitiveword;

/** Documented limits of the sensitive-word endpoints (catalog sensitive-word.yaml). */
public final class SensitiveWordLimits {
    /** word: "max 32 characters: Chinese characters, digits, letters" (the Java SDK allows 64; the docs win). */
    public static final int WORD_MAX_CHARS = 32;
    /** replaceWord: "max 32 characters". */
    public static final int REPLACE_WORD_MAX_CHARS = 32;
    /**
     * /sensitiveword/batch/add.json: together with the existing words at most 50 by default (more can be bought).
     * The gateway sends at most this many per batch (a choice: no per-call maximum is documented).
     */
    public static final int BATCH_ADD_MAX_WORDS = 50;
    /** /sensitiveword/batch/delete.json: "at most 50 words per call". */
    public static final int BATCH_REMOVE_MAX_WORDS = 50;

    private SensitiveWordLimits() {
    }
}
