package rongcloud.gateway.domain.sensitiveword;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import rongcloud.gateway.domain.error.FieldViolation;
import rongcloud.gateway.domain.error.InvalidArgumentException;

class SensitiveWordCommandsTest {

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidArgumentException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("expected InvalidArgumentException");
    }

    @Test
    void aReplacementMakesAReplacingWordAndAnEmptyOneABlockingWord() {
        assertThat(AddSensitiveWordCommand.of("money", "").entry())
                .isEqualTo(new SensitiveWordEntry("money", Optional.empty()));
        assertThat(AddSensitiveWordCommand.of("money", "").entry().type()).isEqualTo(SensitiveWordType.BLOCK);
        assertThat(AddSensitiveWordCommand.of("钱", "***").entry().type()).isEqualTo(SensitiveWordType.REPLACE);
    }

    @Test
    void wordsAreLettersOfAnyScriptAndDigitsUpTo32Characters() {
        AddSensitiveWordCommand.of("Straße2", "");
        AddSensitiveWordCommand.of("한국어", "");
        AddSensitiveWordCommand.of("字".repeat(32), "");
        assertThat(fields(() -> AddSensitiveWordCommand.of("字".repeat(33), ""))).containsExactly("word");
        assertThat(fields(() -> AddSensitiveWordCommand.of("a-b", "x".repeat(33))))
                .containsExactly("word", "replace_word");
    }
}
