package rongcloud.gateway.domain.sensitiveword;

import rongcloud.gateway.domain.validation.Check;

/** Add one word: blocked without a replacement, replaced with one. */
public record AddSensitiveWordCommand(SensitiveWordEntry entry) {
    public AddSensitiveWordCommand {
        SensitiveWordChecks.entry(Check.request(), "", entry).validate();
    }

    public static AddSensitiveWordCommand of(String word, String replaceWord) {
        return new AddSensitiveWordCommand(SensitiveWordEntry.of(word, replaceWord));
    }
}
