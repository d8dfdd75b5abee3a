package rongcloud.emulator.sensitiveword;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import rongcloud.emulator.EmulatorTest;

/** Emulator-only fidelity of the sensitive-word area: type filter and default, JSON batch, capacity, limits. */
class SensitiveWordEndpointsTest extends EmulatorTest {
  private SensitiveWordState words() {
    return emulator.state(SensitiveWordState.class);
  }

  @Test
  void listWithoutTypeShowsBlockedWordsOnlyAndTypesAreStrings() {
    api.form("/sensitiveword/add.json", "word", "money").statusCode(200).body("code", equalTo(200));
    api.form("/sensitiveword/add.json", "word", "damn", "replaceWord", "darn").statusCode(200);
    api.form("/sensitiveword/list.json").statusCode(200)
        .body("words.word", contains("money")).body("words[0].type", equalTo("1"))
        .body("words[0].replaceWord", equalTo(""));
    api.form("/sensitiveword/list.json", "type", "0").statusCode(200)
        .body("words.word", contains("damn")).body("words[0].type", equalTo("0"))
        .body("words[0].replaceWord", equalTo("darn"));
    api.form("/sensitiveword/list.json", "type", "2").statusCode(200).body("words.word", contains("money", "damn"));
    api.form("/sensitiveword/list.json", "type", "3").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void batchAddIsJsonAndAllOrNothingAgainstTheCapacity() {
    words().setCapacity(3);
    api.json("/sensitiveword/batch/add.json", "{\"words\":[{\"word\":\"a1\"},{\"word\":\"b2\",\"replaceWord\":\"x\"}]}")
        .statusCode(200).body("remainQuota", equalTo(1));
    api.json("/sensitiveword/batch/add.json", "{\"words\":[{\"word\":\"c3\"},{\"word\":\"d4\"}]}")
        .statusCode(400).body("code", equalTo(1002));
    assertThat(words().words()).extracting(SensitiveWordState.Word::word).containsExactly("a1", "b2");
    api.form("/sensitiveword/batch/add.json", "words", "c3").statusCode(400).body("code", equalTo(1002));
  }

  @Test
  void wordsLongerThan32CharactersOrWithPunctuationAreRefused() {
    api.form("/sensitiveword/add.json", "word", "w".repeat(33)).statusCode(400).body("code", equalTo(1005));
    api.form("/sensitiveword/add.json", "word", "ok", "replaceWord", "r".repeat(33)).statusCode(400)
        .body("code", equalTo(1005));
    api.form("/sensitiveword/add.json", "word", "a b").statusCode(400).body("code", equalTo(1002));
    api.form("/sensitiveword/add.json", "word", "敏感词").statusCode(200);
    api.form("/sensitiveword/batch/delete.json", "words", "敏感词", "words", "absent").statusCode(200);
    assertThat(words().words()).isEmpty();
  }
}
